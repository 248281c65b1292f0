// The estimate page's Medicare Advantage plan (issue 20): the plan's terms, shown only when the patient's coverage
// is Medicare Advantage, sent as the API's `medicareAdvantage` object and kept in the shareable link under names
// close to the API's (maPhysicianCopay, maFacilityCoinsurancePercent, ..., docs/medicare-advantage.md). The answer's
// planPays is shown per claim and in total beside what the member owes. Loaded before estimate.js, which builds it
// on its form. The page does no money arithmetic: every figure is the API's.
(function () {
  'use strict';

  // [link parameter, element id, the API's field] for the plain fields of the plan.
  var PLAIN = [['maDeductibleRemaining', 'ma-deductible', 'deductibleRemaining'],
    ['maOutOfPocketRemaining', 'ma-oop', 'outOfPocketRemaining'],
    ['maAllowedPercentOfMedicare', 'ma-percent', 'allowedPercentOfMedicare']];
  // The two claims' cost sharing: a copay in dollars or a coinsurance percent, exactly one.
  var SHARING = [['Physician', 'ma-physician', 'physician'], ['Facility', 'ma-facility', 'facility']];
  var KINDS = [['Copay', 'copay'], ['CoinsurancePercent', 'coinsurancePercent']];
  var ROWS = [
    ['allowed', 'Allowed'],
    ['deductibleApplied', 'The plan\'s deductible'],
    ['copay', 'Copay'],
    ['coinsurance', 'Coinsurance'],
    ['patientPays', 'The member pays, before any Medicaid (QMB)'],
    ['supplementalPays', 'Medicaid (QMB) pays'],
    ['patientOwes', 'The member owes'],
    ['planPays', 'The plan pays']
  ];

  // The fieldset's fields, written by this file: only this script reads them (they have no form names).
  var FIELDS = [
    '<legend>The Medicare Advantage plan <span class="hint">(its summary of benefits or the 271)</span></legend>',
    '<label>Physician\'s cost sharing',
    '  <span class="pair">',
    '    <select id="ma-physician-kind" aria-label="Physician\'s cost sharing: copay or coinsurance">',
    '      <option value="copay">Copay ($)</option>',
    '      <option value="coinsurancePercent">Coinsurance (%)</option>',
    '    </select>',
    '    <input id="ma-physician" inputmode="decimal" pattern="[0-9]{1,5}(\\.[0-9]{1,2})?" placeholder="40"',
    '           aria-label="Physician\'s copay in dollars or coinsurance percent">',
    '  </span>',
    '</label>',
    '<label>Facility\'s cost sharing <span class="hint">(with a facility)</span>',
    '  <span class="pair">',
    '    <select id="ma-facility-kind" aria-label="Facility\'s cost sharing: copay or coinsurance">',
    '      <option value="copay">Copay ($)</option>',
    '      <option value="coinsurancePercent">Coinsurance (%)</option>',
    '    </select>',
    '    <input id="ma-facility" inputmode="decimal" pattern="[0-9]{1,5}(\\.[0-9]{1,2})?" placeholder="250"',
    '           aria-label="Facility\'s copay in dollars or coinsurance percent">',
    '  </span>',
    '</label>',
    '<label>Plan deductible still to go ($) <span class="hint">($0 if blank)</span>',
    '  <input id="ma-deductible" inputmode="decimal" pattern="[0-9]{1,5}(\\.[0-9]{1,2})?" placeholder="0">',
    '</label>',
    '<label>Out-of-pocket maximum still to go ($) <span class="hint">(in network; not reached if blank)</span>',
    '  <input id="ma-oop" inputmode="decimal" pattern="[0-9]{1,5}(\\.[0-9]{1,2})?" placeholder="1200">',
    '</label>',
    '<label>Contracted rate (% of Medicare)',
    '  <input id="ma-percent" inputmode="numeric" pattern="[0-9]{1,3}" value="100">',
    '</label>',
    '<label>Prior authorization',
    '  <select id="ma-prior-auth">',
    '    <option value="unknown">Unknown</option>',
    '    <option value="obtained">Obtained</option>',
    '    <option value="not-obtained">Not obtained</option>',
    '  </select>',
    '</label>'
  ].join('\n');

  window.EstimatorAdvantage = function (form, el, money) {
    el('advantage').innerHTML = FIELDS;
    var coverage = el('coverage');

    function chosen() { return coverage.value === 'medicare-advantage'; }

    // Original Medicare's own fields (the Part B deductible, participation) are refused with a plan: hidden.
    function show() {
      var plan = chosen();
      el('advantage').hidden = !plan;
      el('deductible-label').hidden = plan;
      el('participation-label').hidden = plan;
    }
    coverage.addEventListener('change', show);

    function fill(query) {
      var any = false;
      SHARING.forEach(function (s) {
        KINDS.forEach(function (k) {
          if (query.has('ma' + s[0] + k[0])) {
            el(s[1] + '-kind').value = k[1];
            el(s[1]).value = query.get('ma' + s[0] + k[0]);
            any = true;
          }
        });
      });
      PLAIN.forEach(function (p) {
        if (query.has(p[0])) { el(p[1]).value = query.get(p[0]); any = true; }
      });
      if (query.has('maPriorAuthorization')) { el('ma-prior-auth').value = query.get('maPriorAuthorization'); any = true; }
      if (any) { coverage.value = 'medicare-advantage'; }
      show();
      return any;
    }

    // The link keeps the plan's terms (never the patient id, which this file does not read); with the plan, the
    // Part B deductible and participation are not the member's and leave the link.
    function addToQuery(query) {
      if (!chosen()) { return; }
      query.delete('deductibleRemaining');
      query.delete('participation');
      SHARING.forEach(function (s) {
        var value = el(s[1]).value.trim();
        var kind = el(s[1] + '-kind').value === 'copay' ? 'Copay' : 'CoinsurancePercent';
        if (value) { query.set('ma' + s[0] + kind, value); }
      });
      PLAIN.forEach(function (p) {
        var value = el(p[1]).value.trim();
        if (value) { query.set(p[0], value); }
      });
      query.set('maPriorAuthorization', el('ma-prior-auth').value);
    }

    // The request's medicareAdvantage object. A field left blank is not sent: the API applies its default and says
    // so in `assumptions`, or names the field in a 400 (the physician's cost sharing is required).
    function addToBody(body) {
      if (!chosen()) { return; }
      delete body.deductibleRemaining;
      delete body.participation;
      var plan = {};
      SHARING.forEach(function (s) {
        var value = el(s[1]).value.trim();
        if (value) {
          plan[s[2]] = {};
          plan[s[2]][el(s[1] + '-kind').value] = Number(value);
        }
      });
      PLAIN.forEach(function (p) {
        var value = el(p[1]).value.trim();
        if (value) { plan[p[2]] = Number(value); }
      });
      plan.priorAuthorization = el('ma-prior-auth').value;
      body.medicareAdvantage = plan;
    }

    function isPlan(estimate) { return estimate.coverageKind === 'medicare-advantage'; }

    function billRows(estimate) { return isPlan(estimate) ? ROWS : null; }

    // The headline and the physician's split in the plan's words: the plan pays, the member pays its cost sharing.
    function render(estimate) {
      var plan = isPlan(estimate);
      el('medicare-pays-label').textContent = plan ? 'The plan pays' : 'Medicare pays';
      if (!plan) { return; }
      var payment = estimate.payment;
      var total = estimate.total || payment;
      el('bill-summary').textContent += ' The plan pays ' + money(total.planPays) + '.';
      el('medicare-pays').textContent = money(payment.planPays);
      var allowed = Number(payment.allowed);
      var share = allowed > 0 ? Math.round(100 * Number(payment.planPays) / allowed) : 0;
      el('split-medicare').style.width = share + '%';
      el('split-patient').style.width = (100 - share) + '%';
      var sharing = payment.copay !== undefined && payment.copay !== null
        ? 'a ' + money(payment.copay) + ' copay' : money(payment.coinsurance) + ' coinsurance';
      var detail = 'Of the ' + money(payment.allowed) + ' allowed, the member pays ' + money(payment.deductibleApplied)
        + ' toward the plan\'s deductible and ' + sharing + '; the plan pays ' + money(payment.planPays)
        + '. No Part B deductible and none of original Medicare\'s coinsurance: the plan\'s cost sharing applies.';
      if (!estimate.eligible) {
        detail = 'Not covered, so the plan pays nothing: the member could be held liable for the '
          + money(payment.patientPays) + ' only after the plan\'s organization determination (see What to check).';
      }
      el('split-detail').textContent = detail;
    }

    return { fill: fill, addToQuery: addToQuery, addToBody: addToBody, billRows: billRows, render: render };
  };
}());
