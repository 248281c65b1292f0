// The estimate page's eligibility card: the verdict, the family's cap (an ESI's 4 per region, a facet block's 4
// diagnostic and 4 therapeutic, an RFA's 2, an SI joint's diagnostic cap over the whole history) and, for a rolling
// 12-month window, the window drawn to scale with this session and the next eligible date beyond it.
(function () {
  'use strict';

  // The SI family's one region is its name: not said twice.
  var REGION = { 'cervical-thoracic': 'cervical/thoracic', 'lumbar-sacral': 'lumbar/sacral', sacroiliac: '' };
  // The frequency's `family` is printed for the non-ESI families only (absent: an ESI, worded as before).
  var FAMILY = { facet: 'facet block', 'facet-rfa': 'facet RFA', sacroiliac: 'SI joint' };

  window.EstimatorEligibility = function (el) {
    var f = window.EstimatorFormat;

    function marker(cls, iso, label, left) {
      var m = document.createElement('div');
      m.className = 'marker ' + cls;
      m.style.left = left + '%';
      var t = document.createElement('time');
      t.dateTime = iso;
      t.textContent = f.day(iso);
      var l = document.createElement('span');
      l.textContent = label;
      m.appendChild(l);
      m.appendChild(t);
      return m;
    }

    function verdict(estimate) {
      var v = el('verdict');
      var codingError = (estimate.findings || []).some(function (x) {
        return x.severity === 'error' && x.kind === 'coding';
      });
      if (!estimate.eligible) {
        v.className = 'verdict not-covered';
        v.textContent = 'Not covered: Medicare would not pay for this session.';
      } else if (estimate.claimReady === false) {
        v.className = 'verdict not-ready';
        v.textContent = codingError
          ? 'Covered once the coding is fixed \u2014 not ready to bill (see What to check).'
          : 'Covered, but not ready to bill: see What to check.';
      } else {
        v.className = 'verdict covered';
        v.textContent = 'Covered: this session can be billed to Medicare.';
      }
    }

    function summary(estimate, q) {
      var region = q.region in REGION ? REGION[q.region] : q.region;
      var kind = [q.purpose, region, FAMILY[q.family]].filter(function (w) { return w; });
      var used = q.priorSessions + ' of ' + q.limit + ' ' + kind.join(' ') + ' sessions used';
      var text = q.window === 'whole-history' ? used + ' in the patient\'s whole recorded history (this cap has no'
        + ' 12-month window).' : used + ' in the 12 months from ' + f.day(q.windowStart) + ' to '
        + f.day(q.windowEnd) + '.';
      if (!q.countsTowardCap) {
        text += ' This code does not count toward the limit.';
      } else if (estimate.eligible) {
        text += ' After this one, ' + q.remainingAfterThis + ' more in that ' + (q.window === 'whole-history'
          ? 'history' : 'window') + '.';
      }
      if (q.nextEligibleDate) {
        text += ' Next eligible on ' + f.day(q.nextEligibleDate) + '.';
      }
      return text;
    }

    // The window drawn to scale, with this session at its end and the next eligible date beyond it.
    function timeline(estimate, q, dateOfService) {
      var line = el('timeline');
      line.textContent = '';
      line.hidden = !q.windowStart || q.window === 'whole-history';
      if (line.hidden) { return; }
      var start = f.dayNumber(q.windowStart);
      var end = Math.max(f.dayNumber(dateOfService), q.nextEligibleDate ? f.dayNumber(q.nextEligibleDate) : 0);
      var span = Math.max(1, end - start);
      var pos = function (iso) { return Math.round(1000 * (f.dayNumber(iso) - start) / span) / 10; };
      var windowBar = document.createElement('div');
      windowBar.className = 'window';
      windowBar.style.width = pos(q.windowEnd) + '%';
      windowBar.title = '12-month window';
      var windowLabel = document.createElement('span');
      windowLabel.textContent = '12-month window: ' + q.priorSessions + ' of ' + q.limit + ' used';
      windowBar.appendChild(windowLabel);
      line.appendChild(windowBar);
      line.appendChild(marker('start', q.windowStart, 'window starts', 0));
      line.appendChild(marker('service ' + estimate.coverage, dateOfService, 'this session', pos(dateOfService)));
      if (q.nextEligibleDate) {
        line.appendChild(marker('next', q.nextEligibleDate, 'next eligible', pos(q.nextEligibleDate)));
      }
    }

    function render(estimate, dateOfService) {
      el('eligibility-card').hidden = false;
      verdict(estimate);
      var q = estimate.frequency;
      el('cap-summary').textContent = summary(estimate, q);
      timeline(estimate, q, dateOfService);
    }

    return { render: render };
  };
}());
