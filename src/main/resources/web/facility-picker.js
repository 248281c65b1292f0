// The estimate page's facility picker (issue 21): the hospital or ASC by name, searched as you type against
// GET /v1/facilities; the choice fills facilityCcn (with the facility type and the setting), and its ZIP prices the
// physician when no place is given. Loaded before estimate.js, which builds it on its form and its API call.
(function () {
  'use strict';

  // Picking the facility by name: search as you type against GET /v1/facilities; the choice fills facilityCcn
  // (and the facility type and the setting); its ZIP prices the physician when no place is given.
  window.EstimatorFacilityPicker = function (form, el, call) {
    var chosenZip = '';
    var timer = null;
    var asked = 0;
    var search = el('facility-search');
    var results = el('facility-results');

    function label(f) {
      return f.name + ', ' + f.city + ' ' + f.state + (f.type === 'asc' ? ' (surgery center)' : ' (hospital)');
    }

    function choose(f) {
      form.elements.facilityCcn.value = f.ccn;
      form.elements.facilityZip.value = '';
      form.elements.facilityCbsa.value = '';
      form.elements.facilityState.value = '';
      chosenZip = f.zip || '';
      search.value = f.name;
      form.elements.setting.value = 'facility';
      var type = form.elements.facilityType;
      if (f.type === 'asc') {
        type.value = 'asc';
      } else if (type.value !== 'hospital-outpatient-off-campus') {
        type.value = 'hospital-outpatient';
      }
      el('facility-chosen').hidden = false;
      el('facility-chosen').textContent = label(f) + ' \u00b7 CCN ' + f.ccn
        + (f.area ? ' \u00b7 CMS wage area ' + f.area : '');
      close();
    }

    function close() {
      results.hidden = true;
      results.textContent = '';
      search.setAttribute('aria-expanded', 'false');
    }

    function show(list) {
      results.textContent = '';
      list.forEach(function (f) {
        var item = document.createElement('li');
        item.setAttribute('role', 'option');
        item.tabIndex = 0;
        item.dataset.ccn = f.ccn;
        item.textContent = label(f);
        item.addEventListener('click', function () { choose(f); });
        item.addEventListener('keydown', function (e) { if (e.key === 'Enter') { e.preventDefault(); choose(f); } });
        results.appendChild(item);
      });
      if (!list.length) {
        var none = document.createElement('li');
        none.className = 'none';
        none.textContent = 'No hospital or surgery center has those words in its name.';
        results.appendChild(none);
      }
      results.hidden = false;
      search.setAttribute('aria-expanded', 'true');
    }

    function find(words) {
      var n = ++asked;
      return call('GET', '/v1/facilities?' + new URLSearchParams({ q: words })).then(function (body) {
        if (n === asked) { show(body.facilities || []); }
      }).catch(function () { close(); });
    }

    search.addEventListener('input', function () {
      form.elements.facilityCcn.value = '';
      chosenZip = '';
      el('facility-chosen').hidden = true;
      clearTimeout(timer);
      var words = search.value.trim();
      if (words.length < 2) { close(); return; }
      timer = setTimeout(function () { find(words); }, 200);
    });
    search.addEventListener('keydown', function (e) {
      if (e.key === 'Escape') { close(); }
      if (e.key === 'ArrowDown' && results.firstChild && results.firstChild.focus) { results.firstChild.focus(); }
    });

    return {
      chosenZip: function () { return chosenZip; },
      // A link names the facility by CCN: show its name and ZIP before estimating.
      showLinked: function () {
        var ccn = form.elements.facilityCcn.value.trim();
        if (!ccn) { return Promise.resolve(); }
        return call('GET', '/v1/facilities?' + new URLSearchParams({ q: ccn })).then(function (body) {
          var f = (body.facilities || [])[0];
          if (f && f.ccn === ccn.toUpperCase()) {
            var type = form.elements.facilityType.value;
            choose(f);
            if (type) { form.elements.facilityType.value = type; }
          }
        });
      }
    };
  };

}());
