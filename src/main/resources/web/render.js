// The estimate page's answer as a person reads it: the fee, the whole bill (the physician's and the facility's
// claims side by side), each claim's lines as the API coded them, who pays what and the findings. Every figure is
// the API's: the page adds none up and assumes no price (a line the API did not price shows no amount).
(function () {
  'use strict';

  var SEVERITY = { error: 'Fix before billing', warning: 'Check', info: 'Note' };
  // An error's label follows its kind: only a coverage error means Medicare would not pay; a coding error names
  // its fix and the estimate is priced as the claim once fixed.
  var ERROR_KIND = { coverage: 'Not covered', coding: 'Fix before billing' };
  var BILL_ROWS = [
    ['allowed', 'Medicare allows'],
    ['deductibleApplied', 'Part B deductible'],
    ['coinsurance', 'Coinsurance'],
    ['patientPays', 'The patient pays, before any supplement'],
    ['supplementalPays', 'Supplemental coverage pays'],
    ['patientOwes', 'The patient owes'],
    ['medicarePaysAfterSequestration', 'Medicare pays (after 2% sequestration)']
  ];

  window.EstimatorRender = function (form, el, advantage) {
    var f = window.EstimatorFormat;
    var money = f.money;
    var text = function (id, value) { el(id).textContent = value; };
    var facilityName = function (type) { return f.FACILITY[type] || type; };

    function fee(answer) {
      text('amount', money(answer.amount));
      var place = answer.locality ? answer.locality.name + ', ' + answer.locality.state + ' (locality '
        + answer.locality.id + ')' : 'National amount (no ZIP or locality given)';
      text('fee-where', 'Medicare allows this for ' + answer.code + (answer.label ? ', '
        + answer.label.charAt(0).toLowerCase() + answer.label.slice(1) : '') + ', '
        + (answer.setting === 'facility' ? 'in a hospital or ASC' : 'in an office') + ', CY' + answer.year + ': '
        + place + '.');
      var more = 'A non-participating provider is allowed ' + money(answer.nonParticipatingAmount)
        + ' and may charge at most ' + money(answer.limitingCharge) + ' (the limiting charge).';
      if (answer.pfsAmount !== undefined) {
        more += ' Capped at the OPPS amount ' + money(answer.oppsCapAmount) + ' (the fee schedule gives '
          + money(answer.pfsAmount) + ').';
      }
      text('fee-more', more);
    }

    function split(payment, covered) {
      el('split-card').hidden = false;
      text('medicare-pays', money(payment.medicarePays));
      text('patient-pays', money(payment.patientPays));
      var allowed = Number(payment.allowed);
      var share = allowed > 0 ? Math.round(100 * Number(payment.medicarePays) / allowed) : 0;
      el('split-medicare').style.width = share + '%';
      el('split-patient').style.width = (100 - share) + '%';
      var detail = 'Of the ' + money(payment.allowed) + ' allowed, the patient owes '
        + money(payment.deductibleApplied) + ' toward the Part B deductible and ' + money(payment.coinsurance)
        + ' coinsurance (20%). After the 2% sequestration Medicare actually pays '
        + money(payment.medicarePaysAfterSequestration) + '.';
      if (!covered) {
        detail = 'Not covered, so Medicare pays nothing: the patient would owe the ' + money(payment.patientPays)
          + ' (see What to check for what must happen first).';
      }
      if (payment.limitingCharge !== undefined && payment.limitingCharge !== null) {
        detail += ' A non-participating provider may bill the patient up to ' + money(payment.limitingCharge) + '.';
      }
      text('split-detail', detail);
    }

    function findings(list, assumptions) {
      var items = el('findings');
      var notes = el('assumptions');
      items.textContent = '';
      notes.textContent = '';
      (list || []).forEach(function (finding) {
        var item = document.createElement('li');
        item.className = 'finding ' + finding.severity + (finding.kind ? ' ' + finding.kind : '');
        var head = document.createElement('strong');
        head.textContent = finding.severity === 'error' ? (ERROR_KIND[finding.kind] || SEVERITY.error)
          : (SEVERITY[finding.severity] || finding.severity);
        item.appendChild(head);
        item.appendChild(document.createTextNode(' ' + finding.message));
        if (finding.source) {
          var src = document.createElement('span');
          src.className = 'source';
          src.textContent = finding.source + ' · ' + finding.code;
          item.appendChild(src);
        }
        items.appendChild(item);
      });
      (assumptions || []).forEach(function (assumption) {
        var item = document.createElement('li');
        item.textContent = assumption;
        notes.appendChild(item);
      });
      el('findings-card').hidden = (list || []).length === 0 && (assumptions || []).length === 0;
    }

    function cell(row, value, className) {
      var td = document.createElement('td');
      td.textContent = value === undefined || value === null ? '' : money(value);
      if (className) { td.className = className; }
      row.appendChild(td);
      return td;
    }

    // The whole bill: the total the patient owes as the headline, the physician's and the facility's claims side
    // by side.
    function bill(estimate, setting, withPatient) {
      var payment = estimate.payment;
      var facility = estimate.facilityPayment;
      var total = estimate.total || payment;
      el('bill-card').hidden = false;
      text('bill-title', withPatient ? 'The patient\'s whole bill' : 'The patient\'s whole bill, if covered');
      text('bill-owes', money(total.patientOwes));
      var summary = 'The patient owes ' + money(total.patientOwes) + ' in all';
      if (facility) {
        summary += ': ' + money(payment.patientOwes) + ' on the physician\'s claim and '
          + money(facility.patientOwes) + ' on the ' + facilityName(facility.type) + '\'s claim';
      } else if (setting === 'facility' && form.elements.facilityCcn.value) {
        summary += ' on the physician\'s claim; the facility\'s own claim cannot be priced here (see What to check)';
      } else if (setting === 'facility') {
        summary += ' on the physician\'s claim; the facility bills Medicare separately and is not included'
          + ' (choose the facility to include it)';
      }
      if (Number(total.supplementalPays) > 0) {
        summary += ', after their supplemental coverage pays ' + money(total.supplementalPays);
      }
      text('bill-summary', summary + '.');
      var showFacility = !!facility || setting === 'facility';
      el('claim-facility').hidden = !showFacility;
      el('claim-facility').textContent = facility ? 'The facility\'s claim (' + facilityName(facility.type) + ')'
        : 'The facility\'s claim (not included)';
      var body = el('claims-body');
      body.textContent = '';
      (advantage.billRows(estimate) || BILL_ROWS).forEach(function (r) {
        var tr = document.createElement('tr');
        tr.className = r[0] === 'patientOwes' ? 'owes' : '';
        var label = document.createElement('td');
        label.textContent = r[1];
        tr.appendChild(label);
        cell(tr, payment[r[0]], 'physician');
        cell(tr, facility ? facility[r[0]] : undefined, 'facility').hidden = !showFacility;
        cell(tr, total[r[0]], 'total');
        body.appendChild(tr);
      });
    }

    // Each claim's lines as its payer would receive them (the API's coding: 50 or RT/LT, the facility's status),
    // with what Medicare allows for each and why a line is not covered. A line without a price shows none.
    function lines(estimate) {
      var body = el('lines-body');
      body.textContent = '';
      var claims = [['physician', 'The physician\'s claim', estimate.lines || []]];
      if (estimate.facilityPayment) {
        claims.push(['facility', 'The ' + facilityName(estimate.facilityPayment.type) + '\'s claim',
          estimate.facilityPayment.lines || []]);
      }
      claims.forEach(function (claim) {
        var head = document.createElement('tr');
        head.className = 'claim';
        var th = document.createElement('th');
        th.colSpan = 4;
        th.textContent = claim[1];
        head.appendChild(th);
        body.appendChild(head);
        claim[2].forEach(function (line) {
          var tr = document.createElement('tr');
          tr.dataset.claim = claim[0];
          tr.dataset.code = line.code;
          tr.className = line.covered === false ? 'not-covered' : '';
          var name = document.createElement('td');
          name.className = 'code';
          name.textContent = [line.code].concat(line.modifiers || []).join('-');
          tr.appendChild(name);
          var units = document.createElement('td');
          units.className = 'units';
          units.textContent = '\u00d7 ' + (line.units === undefined ? 1 : line.units);
          tr.appendChild(units);
          cell(tr, line.allowed, 'allowed');
          var note = document.createElement('td');
          note.className = 'note';
          var notes = (line.covered === false ? ['Not covered (' + (line.notCoveredBy || 'see What to check') + ')']
            : []).concat(line.status ? ['status ' + line.status] : [],
            line.paymentIndicator ? ['indicator ' + line.paymentIndicator] : [], line.adjustments || []);
          note.textContent = notes.join('; ');
          tr.appendChild(note);
          body.appendChild(tr);
        });
      });
      el('lines-card').hidden = claims.every(function (c) { return c[2].length === 0; });
    }

    return { fee: fee, split: split, findings: findings, bill: bill, lines: lines };
  };
}());
