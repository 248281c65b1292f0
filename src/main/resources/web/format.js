// The estimate page's formatting: money and dates as a person reads them, and the few words the cards share. The
// page does no money arithmetic: money() only formats the API's figures (dollars with at most two decimals).
(function () {
  'use strict';

  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

  function money(value) {
    var text = String(value);
    var negative = text.charAt(0) === '-';
    if (negative) { text = text.slice(1); }
    var parts = text.split('.');
    var cents = ((parts[1] || '') + '00').slice(0, 2);
    var whole = parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return (negative ? '-$' : '$') + whole + '.' + cents;
  }

  function day(iso) {
    var p = iso.split('-');
    return Number(p[2]) + ' ' + MONTHS[Number(p[1]) - 1] + ' ' + p[0];
  }

  function dayNumber(iso) {
    var p = iso.split('-');
    return Date.UTC(Number(p[0]), Number(p[1]) - 1, Number(p[2])) / 86400000;
  }

  // The contract's default date of service is today in UTC, not the browser's local date.
  function todayUtcIso() {
    return new Date().toISOString().slice(0, 10);
  }

  window.EstimatorFormat = {
    money: money,
    day: day,
    dayNumber: dayNumber,
    todayUtcIso: todayUtcIso,
    FACILITY: {
      'hospital-outpatient': 'hospital outpatient department',
      'hospital-outpatient-off-campus': 'off-campus hospital department',
      asc: 'ambulatory surgical center'
    }
  };
}());
