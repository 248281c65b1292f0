// The estimate page: reads its inputs from the form (and, on load, from the URL's query string), calls the API
// and shows the answer as a person reads it. Figures are shown as the API sends them (rounded to cents by the
// API); the page does no money arithmetic. The patient id is read from its field only: it has no form name, is
// never put in the URL, in storage or in anything but the estimate request's body.
(function () {
  'use strict';

  var config = window.ESTIMATOR_CONFIG || {};
  var apiBase = String(config.apiBase || '').replace(/\/+$/, '');
  // The link's parameters are the API's own names (a patient-estimate tool can link here); the older names a
  // shared link may still carry are read too. The place (zip or locality) is one field, named by what it holds.
  var SHARED = [['code'], ['setting'], ['date'], ['facilityType', 'facility'], ['facilityCcn'], ['facilityZip'],
    ['facilityCbsa', 'cbsa'], ['facilityState', 'state'], ['imagingGuidance', 'imaging'], ['participation'],
    ['deductibleRemaining', 'deductible'], ['supplemental']];
  var PLACE = ['locality', 'zip', 'where'];
  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  var SEVERITY = {
    error: 'Fix before billing',
    warning: 'Check',
    info: 'Note'
  };
  // An error's label follows its kind: only a coverage error means Medicare would not pay; a coding error names
  // its fix and the estimate is priced as the claim once fixed.
  var ERROR_KIND = {
    coverage: 'Not covered',
    coding: 'Fix before billing'
  };
  var FACILITY = {
    'hospital-outpatient': 'hospital outpatient department',
    'hospital-outpatient-off-campus': 'off-campus hospital department',
    asc: 'ambulatory surgical center'
  };

  var form = document.getElementById('estimate-form');
  var el = function (id) { return document.getElementById(id); };

  function money(value) {
    // The API sends dollars with at most two decimals; this only formats them.
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

  function text(id, value) { el(id).textContent = value; }

  function setState(state, message) {
    var status = el('status');
    status.dataset.state = state;
    status.className = state;
    status.textContent = message || '';
  }

  function fillFromQuery() {
    var query = new URLSearchParams(window.location.search);
    var any = false;
    var fill = function (field, names) {
      for (var i = 0; i < names.length; i++) {
        if (query.has(names[i])) {
          form.elements[field].value = query.get(names[i]);
          any = true;
          return;
        }
      }
    };
    SHARED.forEach(function (names) { fill(names[0], names); });
    fill('zip', PLACE);
    return advantage.fill(query) || any;
  }

  function shareableQuery() {
    var query = new URLSearchParams();
    SHARED.forEach(function (names) {
      var value = form.elements[names[0]].value.trim();
      if (value) { query.set(names[0], value); }
    });
    var place = where();
    Object.keys(place).forEach(function (k) { query.set(k, place[k]); });
    advantage.addToQuery(query);
    return query;
  }

  function Problem(status, body) {
    this.status = status;
    this.body = body || {};
  }

  function call(method, path, body) {
    var headers = { accept: 'application/json, application/problem+json' };
    var token = el('token').value.trim();
    if (token) { headers.authorization = 'Bearer ' + token; }
    var init = { method: method, headers: headers };
    if (body !== undefined) {
      headers['content-type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return fetch(apiBase + path, init).then(function (response) {
      return response.text().then(function (raw) {
        var parsed = null;
        try { parsed = raw ? JSON.parse(raw) : null; } catch (e) { parsed = { detail: raw }; }
        if (!response.ok) { throw new Problem(response.status, parsed); }
        return parsed;
      });
    });
  }

  function where() {
    var value = form.elements.zip.value.trim();
    if (/^\d{7}$/.test(value)) { return { locality: value }; }
    if (value) { return { zip: value }; }
    return {};
  }

  function renderFee(fee) {
    text('amount', money(fee.amount));
    var place = fee.locality ? fee.locality.name + ', ' + fee.locality.state + ' (locality ' + fee.locality.id + ')'
      : 'National amount (no ZIP or locality given)';
    text('fee-where', 'Medicare allows this for ' + fee.code + (fee.label ? ', ' + fee.label.charAt(0).toLowerCase()
      + fee.label.slice(1) : '') + ', ' + (fee.setting === 'facility' ? 'in a hospital or ASC' : 'in an office')
      + ', CY' + fee.year + ': ' + place + '.');
    var more = 'A non-participating provider is allowed ' + money(fee.nonParticipatingAmount)
      + ' and may charge at most ' + money(fee.limitingCharge) + ' (the limiting charge).';
    if (fee.pfsAmount !== undefined) {
      more += ' Capped at the OPPS amount ' + money(fee.oppsCapAmount) + ' (the fee schedule gives '
        + money(fee.pfsAmount) + ').';
    }
    text('fee-more', more);
  }

  function renderSplit(payment, covered) {
    el('split-card').hidden = false;
    text('medicare-pays', money(payment.medicarePays));
    text('patient-pays', money(payment.patientPays));
    var allowed = Number(payment.allowed);
    var share = allowed > 0 ? Math.round(100 * Number(payment.medicarePays) / allowed) : 0;
    el('split-medicare').style.width = share + '%';
    el('split-patient').style.width = (100 - share) + '%';
    var detail = 'Of the ' + money(payment.allowed) + ' allowed, the patient owes ' + money(payment.deductibleApplied)
      + ' toward the Part B deductible and ' + money(payment.coinsurance) + ' coinsurance (20%). After the 2%'
      + ' sequestration Medicare actually pays ' + money(payment.medicarePaysAfterSequestration) + '.';
    if (!covered) {
      detail = 'Not covered, so Medicare pays nothing: the patient would owe the ' + money(payment.patientPays)
        + ' (see What to check for what must happen first).';
    }
    if (payment.limitingCharge !== undefined && payment.limitingCharge !== null) {
      detail += ' A non-participating provider may bill the patient up to ' + money(payment.limitingCharge) + '.';
    }
    text('split-detail', detail);
  }

  function marker(cls, iso, label, left) {
    var m = document.createElement('div');
    m.className = 'marker ' + cls;
    m.style.left = left + '%';
    var t = document.createElement('time');
    t.dateTime = iso;
    t.textContent = day(iso);
    var l = document.createElement('span');
    l.textContent = label;
    m.appendChild(l);
    m.appendChild(t);
    return m;
  }

  function renderEligibility(estimate, dateOfService) {
    el('eligibility-card').hidden = false;
    var f = estimate.frequency;
    var verdict = el('verdict');
    var codingError = (estimate.findings || []).some(function (x) {
      return x.severity === 'error' && x.kind === 'coding';
    });
    if (!estimate.eligible) {
      verdict.className = 'verdict not-covered';
      verdict.textContent = 'Not covered: Medicare would not pay for this session.';
    } else if (estimate.claimReady === false) {
      verdict.className = 'verdict not-ready';
      verdict.textContent = codingError
        ? 'Covered once the coding is fixed \u2014 not ready to bill (see What to check).'
        : 'Covered, but not ready to bill: see What to check.';
    } else {
      verdict.className = 'verdict covered';
      verdict.textContent = 'Covered: this session can be billed to Medicare.';
    }
    var regionName = f.region === 'cervical-thoracic' ? 'cervical/thoracic' : 'lumbar/sacral';
    var summary = f.priorSessions + ' of ' + f.limit + ' ' + regionName + ' sessions used in the 12 months from '
      + day(f.windowStart) + ' to ' + day(f.windowEnd) + '.';
    if (!f.countsTowardCap) {
      summary += ' This code does not count toward the limit.';
    } else if (estimate.eligible) {
      summary += ' After this one, ' + f.remainingAfterThis + ' more in that window.';
    }
    if (f.nextEligibleDate) {
      summary += ' Next eligible on ' + day(f.nextEligibleDate) + '.';
    }
    text('cap-summary', summary);

    // The window drawn to scale, with this session at its end and the next eligible date beyond it.
    var timeline = el('timeline');
    timeline.textContent = '';
    var start = dayNumber(f.windowStart);
    var end = Math.max(dayNumber(dateOfService), f.nextEligibleDate ? dayNumber(f.nextEligibleDate) : 0);
    var span = Math.max(1, end - start);
    var pos = function (iso) { return Math.round(1000 * (dayNumber(iso) - start) / span) / 10; };
    var windowBar = document.createElement('div');
    windowBar.className = 'window';
    windowBar.style.width = pos(f.windowEnd) + '%';
    windowBar.title = '12-month window';
    var windowLabel = document.createElement('span');
    windowLabel.textContent = '12-month window: ' + f.priorSessions + ' of ' + f.limit + ' used';
    windowBar.appendChild(windowLabel);
    timeline.appendChild(windowBar);
    timeline.appendChild(marker('start', f.windowStart, 'window starts', 0));
    timeline.appendChild(marker('service ' + estimate.coverage, dateOfService, 'this session', pos(dateOfService)));
    if (f.nextEligibleDate) {
      timeline.appendChild(marker('next', f.nextEligibleDate, 'next eligible', pos(f.nextEligibleDate)));
    }
  }

  function renderFindings(findings, assumptions) {
    var list = el('findings');
    var notes = el('assumptions');
    list.textContent = '';
    notes.textContent = '';
    findings.forEach(function (finding) {
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
      list.appendChild(item);
    });
    (assumptions || []).forEach(function (assumption) {
      var item = document.createElement('li');
      item.textContent = assumption;
      notes.appendChild(item);
    });
    el('findings-card').hidden = findings.length === 0 && (assumptions || []).length === 0;
  }

  var BILL_ROWS = [
    ['allowed', 'Medicare allows'],
    ['deductibleApplied', 'Part B deductible'],
    ['coinsurance', 'Coinsurance'],
    ['patientPays', 'The patient pays, before any supplement'],
    ['supplementalPays', 'Supplemental coverage pays'],
    ['patientOwes', 'The patient owes'],
    ['medicarePaysAfterSequestration', 'Medicare pays (after 2% sequestration)']
  ];

  function cell(row, value) {
    var td = document.createElement('td');
    td.textContent = value === undefined || value === null ? '' : money(value);
    row.appendChild(td);
    return td;
  }

  // The whole bill: the total the patient owes as the headline, the physician's and the facility's claims side
  // by side. Every figure is the API's; the page adds none up.
  function renderBill(estimate, setting, facilityType, withPatient) {
    var payment = estimate.payment;
    var facility = estimate.facilityPayment;
    var total = estimate.total || payment;
    el('bill-card').hidden = false;
    text('bill-title', withPatient ? 'The patient\'s whole bill' : 'The patient\'s whole bill, if covered');
    text('bill-owes', money(total.patientOwes));
    var summary = 'The patient owes ' + money(total.patientOwes) + ' in all';
    if (facility) {
      summary += ': ' + money(payment.patientOwes) + ' on the physician\'s claim and ' + money(facility.patientOwes)
        + ' on the ' + (FACILITY[facility.type] || facility.type) + '\'s claim';
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
    el('claim-facility').textContent = facility ? 'The facility\'s claim (' + (FACILITY[facility.type]
      || facility.type) + ')' : 'The facility\'s claim (not included)';
    var body = el('claims-body');
    body.textContent = '';
    (advantage.billRows(estimate) || BILL_ROWS).forEach(function (r) {
      var tr = document.createElement('tr');
      tr.className = r[0] === 'patientOwes' ? 'owes' : '';
      var label = document.createElement('td');
      label.textContent = r[1];
      tr.appendChild(label);
      cell(tr, payment[r[0]]).className = 'physician';
      var f = cell(tr, facility ? facility[r[0]] : undefined);
      f.className = 'facility';
      f.hidden = !showFacility;
      cell(tr, total[r[0]]).className = 'total';
      body.appendChild(tr);
    });
  }

  function renderProblem(problem) {
    if (!(problem instanceof Problem)) {
      setState('error', 'The API could not be reached (' + String(problem && problem.message || problem) + ').');
      return;
    }
    var b = problem.body || {};
    var message = (b.title || b.message || 'Error') + (b.detail ? ': ' + b.detail : '');
    (b.errors || []).forEach(function (e) { message += ' ' + e.field + ' ' + e.message + '.'; });
    if (problem.status === 503) { message += ' Try again in a moment.'; }
    setState('error', message);
  }

  function run() {
    var query = shareableQuery();
    window.history.replaceState(null, '', window.location.pathname + (query.toString() ? '?' + query : ''));
    var share = el('share');
    share.href = window.location.href;
    share.hidden = false;
    var code = form.elements.code.value.trim();
    var setting = form.elements.setting.value;
    var date = form.elements.date.value || todayUtcIso();
    var place = where();
    var feeQuery = new URLSearchParams({ code: code, setting: setting, date: date });
    Object.keys(place).forEach(function (k) { feeQuery.set(k, place[k]); });
    // No place given: the physician is priced where the facility is (as the API does for the estimate).
    var facilityPlace = picker.chosenZip() || form.elements.facilityZip.value.trim();
    if (!place.zip && !place.locality && facilityPlace) { feeQuery.set('zip', facilityPlace); }
    ['bill-card', 'split-card', 'eligibility-card', 'findings-card', 'no-patient'].forEach(function (id) { el(id).hidden = true; });
    el('result').hidden = true;
    setState('loading', 'Looking up the fee...');
    var patient = el('patient').value.trim();
    return call('GET', '/v1/fees?' + feeQuery).then(function (fee) {
      renderFee(fee);
      el('result').hidden = false;
      setState('loading', patient ? 'Checking eligibility...' : 'Estimating the whole bill...');
      // Without a patient id the API estimates the whole bill "if covered" and reads no stored session.
      var body = { dateOfService: date, setting: setting, code: code,
        imagingGuidance: form.elements.imagingGuidance.value, participation: form.elements.participation.value };
      if (patient) { body.patientId = patient; }
      Object.keys(place).forEach(function (k) { body[k] = place[k]; });
      var deductible = form.elements.deductibleRemaining.value.trim();
      if (deductible) { body.deductibleRemaining = Number(deductible); }
      var facilityType = form.elements.facilityType.value;
      if (facilityType) { body.facilityType = facilityType; }
      var ccn = form.elements.facilityCcn.value.trim();
      var facilityZip = form.elements.facilityZip.value.trim();
      if (ccn) { body.facilityCcn = ccn; } else if (facilityZip) { body.facilityZip = facilityZip; }
      var cbsa = form.elements.facilityCbsa.value.trim();
      if (cbsa && !ccn && !facilityZip) { body.facilityCbsa = cbsa; }
      var state = form.elements.facilityState.value.trim().toUpperCase();
      if (state && body.facilityCbsa) { body.facilityState = state; }
      var supplemental = form.elements.supplemental.value;
      if (supplemental) { body.supplemental = supplemental; }
      advantage.addToBody(body);
      return call('POST', '/v1/estimates', body).then(function (estimate) {
        renderBill(estimate, setting, facilityType, !!patient);
        renderSplit(estimate.payment, estimate.eligible);
        advantage.render(estimate);
        if (patient) {
          renderEligibility(estimate, date);
        } else {
          el('no-patient').hidden = false;
        }
        renderFindings(estimate.findings, estimate.assumptions);
        setState('done', patient ? '' : 'The whole bill if covered. Enter the patient id for the 12-month check.');
      });
    }).catch(renderProblem);
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    run();
  });
  // The facility picker (facility-picker.js) searches through this page's API call.
  var picker = window.EstimatorFacilityPicker(form, el, call);
  // The Medicare Advantage plan's terms (advantage-plan.js), shown when the patient's coverage is a plan.
  var advantage = window.EstimatorAdvantage(form, el, money);
  if (fillFromQuery()) {
    picker.showLinked().then(run, run);
  }
}());
