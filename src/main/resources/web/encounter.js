// The estimate page's encounter (issue 19): the procedure's lines (procedure.js) and the day's other lines, an
// office visit (with modifier 25 when separately identifiable), the drug by its HCPCS code and billing units, and
// any other line typed as CODE*UNITS*MODIFIER. Together they are the request's `lines`; one plain line (no units,
// no modifiers) is still sent as `code`, as before. The shareable link carries them as repeated `lines` parameters,
// one per line in the request's order, each CODE*UNITS*MODIFIER*MODIFIER... (docs/page.md); a link with only `code`
// (every older link) is a one-line request.
(function () {
  'use strict';

  var VISITS = ['99212', '99213', '99214', '99215'];
  var DRUGS = ['J3301', 'J1100', 'J1010', 'J3300'];
  var CODE = /^[0-9A-Z][0-9]{3}[0-9A-Z]$/;

  // One line as the link writes it: 64493*1*KX, J3301*4, 62321.
  function format(line) {
    if (line.units === 1 && line.modifiers.length === 0) { return line.code; }
    return [line.code, String(line.units)].concat(line.modifiers).join('*');
  }

  // A line as the link or the "other lines" field writes it; null when it is not one (the page then says so).
  function parse(text) {
    var parts = String(text).trim().toUpperCase().split('*');
    var units = parts.length > 1 && parts[1] !== '' ? Number(parts[1]) : 1;
    if (!CODE.test(parts[0]) || !(units >= 1 && units <= 999 && Math.floor(units) === units)) { return null; }
    return { code: parts[0], units: units, modifiers: parts.slice(2).filter(function (m) { return m; }) };
  }

  // The fieldset's fields, written by this file: only this script reads them (they have no form names).
  var FIELDS = [
    '<legend>Also that day <span class="hint">(the encounter\'s other lines)</span></legend>',
    '<label>Office visit',
    '  <select id="visit">',
    '    <option value="">None</option>',
    '    <option value="99212">Established patient visit, straightforward (99212)</option>',
    '    <option value="99213">Established patient visit, low complexity (99213)</option>',
    '    <option value="99214">Established patient visit, moderate complexity (99214)</option>',
    '    <option value="99215">Established patient visit, high complexity (99215)</option>',
    '  </select>',
    '</label>',
    '<label class="check"><input type="checkbox" id="visit-25" checked> The visit was significant and separately',
    '  identifiable from the procedure (modifier 25)</label>',
    '<span class="pair">',
    '  <label>Drug',
    '    <select id="drug">',
    '      <option value="">None</option>',
    '      <option value="J3301">Triamcinolone acetonide, per 10 mg (J3301)</option>',
    '      <option value="J1100">Dexamethasone sodium phosphate, per 1 mg (J1100)</option>',
    '      <option value="J1010">Methylprednisolone acetate, per 1 mg (J1010)</option>',
    '      <option value="J3300">Triamcinolone, preservative-free, per 1 mg (J3300)</option>',
    '    </select>',
    '  </label>',
    '  <label>Units <span class="hint">(billing units)</span>',
    '    <input id="drug-units" inputmode="numeric" pattern="[0-9]{1,3}" value="1" title="Billing units, 1 to 999">',
    '  </label>',
    '</span>',
    '<label class="check"><input type="checkbox" id="drug-jz"> None of the drug was discarded (modifier JZ)</label>',
    '<label>Other lines <span class="hint">(CODE*UNITS*MODIFIER, space apart, e.g. 99152 77003*1*26)</span>',
    '  <input id="other-lines" spellcheck="false" maxlength="200" autocomplete="off">',
    '</label>'
  ].join('\n');

  window.EstimatorEncounter = function (form, el, procedure) {
    el('encounter').innerHTML = FIELDS;

    function visit() {
      var code = el('visit').value;
      if (!code) { return []; }
      return [{ code: code, units: 1, modifiers: el('visit-25').checked ? ['25'] : [] }];
    }

    function drug() {
      var code = el('drug').value;
      if (!code) { return []; }
      var units = Number(el('drug-units').value.trim() || '1');
      return [{ code: code, units: units, modifiers: el('drug-jz').checked ? ['JZ'] : [] }];
    }

    function other() {
      return procedure.words(el('other-lines').value.replace(/,/g, ' ')).map(parse).filter(function (l) { return l; });
    }

    // Every line of the encounter, in the order the claim lists them (a line typed wrong is named by problems()).
    function lines() {
      return procedure.lines().concat(visit(), drug(), other());
    }

    function plain(all) {
      return all.length === 1 && all[0].units === 1 && all[0].modifiers.length === 0;
    }

    // The request's `code` or `lines` (the API's own shapes), and the procedure's purpose where it is asked.
    function addToBody(body) {
      var all = lines();
      if (plain(all)) {
        body.code = all[0].code;
      } else {
        body.lines = all.map(function (l) { return { code: l.code, units: l.units, modifiers: l.modifiers }; });
      }
      var purpose = procedure.purpose();
      if (purpose) { body.purpose = purpose; }
    }

    // The form's lines that could not be read, named for the status line (nothing is dropped silently).
    function problems() {
      var bad = procedure.words(el('other-lines').value.replace(/,/g, ' ')).filter(function (w) { return !parse(w); });
      var units = el('drug-units').value.trim();
      if (el('drug').value && units && !/^[0-9]{1,3}$/.test(units)) { bad.push(el('drug').value + ' units ' + units); }
      return bad;
    }

    function addToQuery(query) {
      var all = lines();
      if (plain(all)) {
        query.set('code', all[0].code);
      } else {
        all.forEach(function (l) { query.append('lines', format(l)); });
      }
      var purpose = procedure.purpose();
      if (purpose) { query.set('purpose', purpose); }
    }

    // Fills the form from a link: `lines` (or `line`) if any, else `code`. The procedure takes its lines, then the
    // visit and the drug theirs; whatever is left is shown in the other lines as written.
    function fill(query) {
      var written = query.getAll('lines').concat(query.getAll('line'));
      if (query.has('purpose')) { form.elements.purpose.value = query.get('purpose'); }
      if (written.length === 0) {
        if (query.has('code')) { procedure.setCode(query.get('code')); return true; }
        return query.has('purpose');
      }
      var rest = [];
      var unreadable = [];
      written.forEach(function (w) {
        var line = parse(w);
        if (line) { rest.push(line); } else { unreadable.push(w); }
      });
      procedure.take(rest);
      var visitAt = index(rest, VISITS, ['25']);
      if (visitAt >= 0) {
        var v = rest.splice(visitAt, 1)[0];
        el('visit').value = v.code;
        el('visit-25').checked = v.modifiers.length > 0;
      }
      var drugAt = index(rest, DRUGS, ['JZ']);
      if (drugAt >= 0) {
        var d = rest.splice(drugAt, 1)[0];
        el('drug').value = d.code;
        el('drug-units').value = String(d.units);
        el('drug-jz').checked = d.modifiers.length > 0;
      }
      el('other-lines').value = rest.map(format).concat(unreadable).join(' ');
      return true;
    }

    // The first line of one of the codes whose modifiers are none or the one the form has a box for.
    function index(rest, codes, allowed) {
      for (var i = 0; i < rest.length; i++) {
        var l = rest[i];
        if (codes.indexOf(l.code) >= 0 && (l.modifiers.length === 0 || l.modifiers.join() === allowed.join())
            && (codes === DRUGS || l.units === 1)) {
          return i;
        }
      }
      return -1;
    }

    return { addToBody: addToBody, addToQuery: addToQuery, fill: fill, problems: problems, format: format };
  };
}());
