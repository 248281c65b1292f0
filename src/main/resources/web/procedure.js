// The estimate page's procedure (issue 19): the family (ESI, facet block, facet RFA, SI joint) with plain-language
// labels of our own (never the AMA's descriptors), its code, the purpose where the family counts diagnostic and
// therapeutic sessions apart (facet, SI: the API answers 422 PURPOSE-REQUIRED without it), the procedure's
// modifiers and its levels. Levels become the add-on lines of the request (64493 at 2 levels: 64493 + 64494).
// Loaded before encounter.js, which turns this and the day's other lines into the request's `lines`.
(function () {
  'use strict';

  // The families as the page offers them: the first-level codes to pick from, and whether a purpose is asked.
  // Which code belongs to which family is the API's data (docs/families.md); this list only helps the form.
  var FAMILIES = {
    esi: { purpose: false, codes: [
      ['62321', 'Interlaminar, cervical/thoracic, with imaging'],
      ['62323', 'Interlaminar, lumbar/sacral, with imaging'],
      ['64479', 'Transforaminal, cervical/thoracic, first level'],
      ['64483', 'Transforaminal, lumbar/sacral, first level']] },
    facet: { purpose: true, codes: [
      ['64490', 'Facet joint or medial branch block, cervical/thoracic, with imaging'],
      ['64493', 'Facet joint or medial branch block, lumbar/sacral, with imaging']] },
    'facet-rfa': { purpose: false, codes: [
      ['64633', 'Facet nerve radiofrequency ablation, cervical/thoracic, first joint'],
      ['64635', 'Facet nerve radiofrequency ablation, lumbar/sacral, first joint']] },
    sacroiliac: { purpose: true, codes: [
      ['27096', 'Sacroiliac joint injection, with imaging'],
      ['64451', 'Block of the nerves to the sacroiliac joint, with imaging']] }
  };
  var MEMBERS = {
    esi: ['62281', '62282', '62320', '62321', '62322', '62323', '62324', '62325', '62326', '62327', '64479', '64480',
      '64483', '64484'],
    facet: ['64490', '64491', '64492', '64493', '64494', '64495'],
    'facet-rfa': ['64633', '64634', '64635', '64636'],
    sacroiliac: ['27096', '64451', 'G0260']
  };
  // A first level's add-ons: `next` codes, one per further level (a facet block's second and third level have codes
  // of their own), or `each`, one code whose units are the further levels.
  var ADDONS = {
    '64490': { next: ['64491', '64492'] },
    '64493': { next: ['64494', '64495'] },
    '64479': { each: '64480' },
    '64483': { each: '64484' },
    '64633': { each: '64634' },
    '64635': { each: '64636' }
  };

  function familyOf(code) {
    var found = null;
    Object.keys(MEMBERS).forEach(function (f) {
      if (MEMBERS[f].indexOf(code) >= 0) { found = f; }
    });
    return found;
  }

  function words(value) {
    return String(value || '').toUpperCase().split(/[\s,]+/).filter(function (w) { return w; });
  }

  window.EstimatorProcedure = function (form, el) {
    var family = el('family');
    var code = form.elements.code;

    function fillCodes() {
      var list = el('codes');
      list.textContent = '';
      FAMILIES[family.value].codes.forEach(function (c) {
        var option = document.createElement('option');
        option.value = c[0];
        option.textContent = c[1];
        list.appendChild(option);
      });
    }

    // The purpose is asked only where the family needs it; the levels only for a code with add-ons.
    function show() {
      el('purpose-label').hidden = !FAMILIES[family.value].purpose;
      el('levels-label').hidden = !ADDONS[code.value.trim()];
    }

    family.addEventListener('change', function () {
      fillCodes();
      if (familyOf(code.value.trim()) !== family.value) { code.value = FAMILIES[family.value].codes[0][0]; }
      show();
    });
    code.addEventListener('input', function () {
      var f = familyOf(code.value.trim());
      if (f && f !== family.value) { family.value = f; fillCodes(); }
      show();
    });

    function setLevels(n) {
      var levels = el('levels');
      if (!Array.prototype.some.call(levels.options, function (o) { return o.value === String(n); })) {
        var option = document.createElement('option');
        option.value = option.textContent = String(n);
        levels.appendChild(option);
      }
      levels.value = String(n);
    }

    // The procedure's lines: the first level with its modifiers, then one add-on line per further level (with the
    // same modifiers: KX on each line of a diagnostic block).
    function lines() {
      var first = code.value.trim().toUpperCase();
      var modifiers = words(el('modifiers').value);
      var result = [{ code: first, units: 1, modifiers: modifiers }];
      var addon = ADDONS[first];
      var more = addon ? Number(el('levels').value) - 1 : 0;
      if (addon && addon.next) {
        addon.next.slice(0, more).forEach(function (c) {
          result.push({ code: c, units: 1, modifiers: modifiers.slice() });
        });
      } else if (addon && more > 0) {
        result.push({ code: addon.each, units: more, modifiers: modifiers.slice() });
      }
      return result;
    }

    function same(a, b) { return a.join(' ') === b.join(' '); }

    // Fills the form from a request's lines (a shared link): takes the procedure's first level and its add-ons out
    // of `rest` and says whether it found one; lines it cannot show are left in `rest` for the other lines.
    function take(rest) {
      var at = -1;
      rest.some(function (line, i) {
        if (familyOf(line.code) && line.units === 1) { at = i; return true; }
        return false;
      });
      if (at < 0) { return false; }
      var first = rest.splice(at, 1)[0];
      var addon = ADDONS[first.code];
      var levels = 1;
      var find = function (c) {
        for (var i = 0; i < rest.length; i++) {
          if (rest[i].code === c && same(rest[i].modifiers, first.modifiers)) { return i; }
        }
        return -1;
      };
      if (addon && addon.next) {
        addon.next.some(function (c) {
          var i = find(c);
          if (i < 0 || rest[i].units !== 1) { return true; }
          rest.splice(i, 1);
          levels += 1;
          return false;
        });
      } else if (addon) {
        var i = find(addon.each);
        if (i >= 0) { levels += rest.splice(i, 1)[0].units; }
      }
      setCode(first.code);
      el('modifiers').value = first.modifiers.join(' ');
      setLevels(levels);
      show();
      return true;
    }

    function setCode(value) {
      code.value = value;
      var f = familyOf(value);
      if (f) { family.value = f; }
      fillCodes();
      show();
    }

    // The purpose is sent only where the family asks for it (facet, SI).
    function purpose() {
      return el('purpose-label').hidden ? '' : form.elements.purpose.value;
    }

    fillCodes();
    show();
    return { lines: lines, take: take, setCode: setCode, purpose: purpose, show: show, words: words };
  };
}());
