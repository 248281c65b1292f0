// The estimate page: reads its inputs from the form (and, on load, from the URL's query string), calls the API
// and shows the answer as a person reads it (render.js, eligibility.js). The procedure and the day's other lines
// are procedure.js's and encounter.js's; the facility picker and the Medicare Advantage plan have files of their
// own. The patient id is read from its field only: it has no form name, is never put in the URL, in storage or in
// anything but the estimate request's body.
(function () {
  'use strict';

  var config = window.ESTIMATOR_CONFIG || {};
  var apiBase = String(config.apiBase || '').replace(/\/+$/, '');
  // The link's parameters are the API's own names (a patient-estimate tool can link here); the older names a
  // shared link may still carry are read too. The place (zip or locality) is one field, named by what it holds.
  // `code`, `purpose` and `lines` are encounter.js's.
  var SHARED = [['setting'], ['date'], ['facilityType', 'facility'], ['facilityCcn'], ['facilityZip'],
    ['facilityCbsa', 'cbsa'], ['facilityState', 'state'], ['imagingGuidance', 'imaging'], ['participation'],
    ['deductibleRemaining', 'deductible'], ['supplemental']];
  var PLACE = ['locality', 'zip', 'where'];
  var CARDS = ['bill-card', 'lines-card', 'split-card', 'eligibility-card', 'findings-card', 'no-patient'];

  var form = document.getElementById('estimate-form');
  var el = function (id) { return document.getElementById(id); };
  var format = window.EstimatorFormat;

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
    any = encounter.fill(query) || any;
    return advantage.fill(query) || any;
  }

  function shareableQuery() {
    var query = new URLSearchParams();
    encounter.addToQuery(query);
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

  // The estimate's body: the encounter's lines (or its one code), the place, the facility and the patient's terms.
  function estimateBody(date, setting, place, patient) {
    var body = { dateOfService: date, setting: setting, imagingGuidance: form.elements.imagingGuidance.value,
      participation: form.elements.participation.value };
    encounter.addToBody(body);
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
    return body;
  }

  function run() {
    CARDS.forEach(function (id) { el(id).hidden = true; });
    el('result').hidden = true;
    var unreadable = encounter.problems();
    if (unreadable.length > 0) {
      setState('error', 'Not a line (write CODE*UNITS*MODIFIER, e.g. 99152 or J3301*4*JZ): '
        + unreadable.join(', ') + '.');
      return Promise.resolve();
    }
    var query = shareableQuery();
    window.history.replaceState(null, '', window.location.pathname + (query.toString() ? '?' + query : ''));
    var share = el('share');
    share.href = window.location.href;
    share.hidden = false;
    // The fee card is the procedure's own code (its first level); the whole encounter is the estimate's.
    var code = form.elements.code.value.trim().toUpperCase();
    var setting = form.elements.setting.value;
    var date = form.elements.date.value || format.todayUtcIso();
    var place = where();
    var feeQuery = new URLSearchParams({ code: code, setting: setting, date: date });
    Object.keys(place).forEach(function (k) { feeQuery.set(k, place[k]); });
    // No place given: the physician is priced where the facility is (as the API does for the estimate).
    var facilityPlace = picker.chosenZip() || form.elements.facilityZip.value.trim();
    if (!place.zip && !place.locality && facilityPlace) { feeQuery.set('zip', facilityPlace); }
    setState('loading', 'Looking up the fee...');
    var patient = el('patient').value.trim();
    return call('GET', '/v1/fees?' + feeQuery).then(function (fee) {
      render.fee(fee);
      el('result').hidden = false;
      setState('loading', patient ? 'Checking eligibility...' : 'Estimating the whole bill...');
      // Without a patient id the API estimates the whole bill "if covered" and reads no stored session.
      return call('POST', '/v1/estimates', estimateBody(date, setting, place, patient)).then(function (estimate) {
        render.bill(estimate, setting, !!patient);
        render.lines(estimate);
        render.split(estimate.payment, estimate.eligible);
        advantage.render(estimate);
        if (patient) {
          eligibility.render(estimate, date);
        } else {
          el('no-patient').hidden = false;
        }
        render.findings(estimate.findings, estimate.assumptions);
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
  var advantage = window.EstimatorAdvantage(form, el, format.money);
  var procedure = window.EstimatorProcedure(form, el);
  var encounter = window.EstimatorEncounter(form, el, procedure);
  var render = window.EstimatorRender(form, el, advantage);
  var eligibility = window.EstimatorEligibility(el);
  if (fillFromQuery()) {
    picker.showLinked().then(run, run);
  }
}());
