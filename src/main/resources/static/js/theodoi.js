/*
 * theodoi: the pages' behaviour, in plain JavaScript (the CSP allows scripts from this site only; no library).
 * Every page works without it: forms post, dialogs open from links, dates and amounts are read on the server.
 * With it: the record's sections become tabs, forms open as modal dialogs, dates get a picker that speaks
 * dd/mm/yyyy whatever the browser's language, amounts are grouped as typed and said in tỷ/triệu đồng, and an
 * event's new due dates are previewed before it is saved. Texts come from the page (meta theodoi-text).
 */
(function () {
  'use strict';

  function text(name) {
    var meta = document.querySelector('meta[name="theodoi-text"]');
    return meta ? meta.getAttribute('data-' + name) || '' : '';
  }

  function english() {
    return (document.documentElement.lang || 'vi').indexOf('en') === 0;
  }

  function pad(n) {
    return (n < 10 ? '0' : '') + n;
  }

  /* ---------------------------------------------------------------- dates: dd/mm/yyyy */

  function parseDate(value) {
    var t = (value || '').trim();
    var m = /^(\d{1,2})\s*[\/.\-]\s*(\d{1,2})\s*[\/.\-]\s*(\d{4})$/.exec(t) || /^(\d{2})(\d{2})(\d{4})$/.exec(t);
    var d, mo, y;
    if (m) {
      d = +m[1]; mo = +m[2]; y = +m[3];
    } else {
      m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
      if (!m) {
        return null;
      }
      y = +m[1]; mo = +m[2]; d = +m[3];
    }
    var date = new Date(y, mo - 1, d);
    return date.getFullYear() === y && date.getMonth() === mo - 1 && date.getDate() === d ? date : null;
  }

  function formatDate(date) {
    return pad(date.getDate()) + '/' + pad(date.getMonth() + 1) + '/' + date.getFullYear();
  }

  function sameDay(a, b) {
    return a && b && a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
  }

  var openPicker = null;

  function closePicker(returnFocus) {
    if (!openPicker) {
      return;
    }
    var picker = openPicker;
    openPicker = null;
    picker.element.remove();
    picker.button.setAttribute('aria-expanded', 'false');
    if (returnFocus) {
      picker.input.focus();
    }
  }

  function showPicker(input, button) {
    closePicker(false);
    var months = text('months').split(',');
    var weekdays = text('weekdays').split(',');
    var weekdaysShort = text('weekdays-short').split(',');
    var chosen = parseDate(input.value);
    var focus = chosen || new Date();
    var element = document.createElement('div');
    element.className = 'datepicker';
    element.setAttribute('role', 'dialog');
    element.setAttribute('aria-label', text('open'));
    var head = document.createElement('div');
    head.className = 'datepicker-head';
    var prev = document.createElement('button');
    prev.type = 'button';
    prev.className = 'secondary';
    prev.textContent = '‹';
    prev.setAttribute('aria-label', text('previous'));
    var title = document.createElement('span');
    title.className = 'datepicker-title';
    title.setAttribute('aria-live', 'polite');
    var next = document.createElement('button');
    next.type = 'button';
    next.className = 'secondary';
    next.textContent = '›';
    next.setAttribute('aria-label', text('next'));
    head.appendChild(prev);
    head.appendChild(title);
    head.appendChild(next);
    element.appendChild(head);
    var grid = document.createElement('table');
    grid.className = 'datepicker-grid';
    grid.setAttribute('role', 'grid');
    element.appendChild(grid);
    var today = document.createElement('button');
    today.type = 'button';
    today.className = 'secondary datepicker-today';
    today.textContent = text('today');
    element.appendChild(today);

    function choose(date) {
      input.value = formatDate(date);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
      closePicker(true);
    }

    function render(focusDay) {
      focus = focusDay;
      title.textContent = months[focus.getMonth()] + ' ' + focus.getFullYear();
      grid.setAttribute('aria-label', title.textContent);
      grid.textContent = '';
      var thead = grid.createTHead();
      var headRow = thead.insertRow();
      for (var w = 0; w < 7; w++) {
        var th = document.createElement('th');
        th.scope = 'col';
        th.textContent = weekdaysShort[w];
        th.setAttribute('abbr', weekdays[w]);
        headRow.appendChild(th);
      }
      var body = grid.createTBody();
      var first = new Date(focus.getFullYear(), focus.getMonth(), 1);
      var offset = (first.getDay() + 6) % 7; // Monday first
      var day = new Date(first.getFullYear(), first.getMonth(), 1 - offset);
      var focusButton = null;
      for (var row = 0; row < 6; row++) {
        var tr = body.insertRow();
        for (var col = 0; col < 7; col++) {
          var td = tr.insertCell();
          var b = document.createElement('button');
          b.type = 'button';
          b.className = 'day' + (day.getMonth() !== focus.getMonth() ? ' other' : '') +
            (sameDay(day, new Date()) ? ' today' : '') + (sameDay(day, chosen) ? ' chosen' : '');
          b.textContent = day.getDate();
          b.setAttribute('aria-label', weekdays[col] + ' ' + formatDate(day));
          if (sameDay(day, chosen)) {
            b.setAttribute('aria-pressed', 'true');
          }
          b.tabIndex = sameDay(day, focus) ? 0 : -1;
          b.dataset.date = formatDate(day);
          if (sameDay(day, focus)) {
            focusButton = b;
          }
          td.appendChild(b);
          day = new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1);
        }
      }
      return focusButton;
    }

    function move(days, months) {
      var target = months ? new Date(focus.getFullYear(), focus.getMonth() + months, Math.min(focus.getDate(), 28))
        : new Date(focus.getFullYear(), focus.getMonth(), focus.getDate() + days);
      var b = render(target);
      if (b) {
        b.focus();
      }
    }

    prev.addEventListener('click', function () { render(new Date(focus.getFullYear(), focus.getMonth() - 1, 1)); });
    next.addEventListener('click', function () { render(new Date(focus.getFullYear(), focus.getMonth() + 1, 1)); });
    today.addEventListener('click', function () { choose(new Date()); });
    grid.addEventListener('click', function (e) {
      var b = e.target.closest('button.day');
      if (b) {
        choose(parseDate(b.dataset.date));
      }
    });
    element.addEventListener('keydown', function (e) {
      var onDay = e.target.classList && e.target.classList.contains('day');
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        closePicker(true);
      } else if (onDay && e.key === 'ArrowLeft') { e.preventDefault(); move(-1); }
      else if (onDay && e.key === 'ArrowRight') { e.preventDefault(); move(1); }
      else if (onDay && e.key === 'ArrowUp') { e.preventDefault(); move(-7); }
      else if (onDay && e.key === 'ArrowDown') { e.preventDefault(); move(7); }
      else if (onDay && e.key === 'PageUp') { e.preventDefault(); move(0, -1); }
      else if (onDay && e.key === 'PageDown') { e.preventDefault(); move(0, 1); }
      else if (onDay && e.key === 'Home') { e.preventDefault(); move(-((focus.getDay() + 6) % 7)); }
      else if (onDay && e.key === 'End') { e.preventDefault(); move(6 - ((focus.getDay() + 6) % 7)); }
    });

    var focusButton = render(focus);
    button.after(element);
    button.setAttribute('aria-expanded', 'true');
    openPicker = { element: element, input: input, button: button };
    if (focusButton) {
      focusButton.focus();
    }
  }

  function enhanceDate(input) {
    if (input.dataset.enhanced) {
      return;
    }
    input.dataset.enhanced = 'true';
    var wrap = document.createElement('span');
    wrap.className = 'date-field';
    input.parentNode.insertBefore(wrap, input);
    wrap.appendChild(input);
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'date-button secondary';
    button.setAttribute('aria-label', text('open') + (input.labels && input.labels[0] ? ': ' + input.labels[0].textContent.replace('*', '').trim() : ''));
    button.setAttribute('aria-haspopup', 'dialog');
    button.setAttribute('aria-expanded', 'false');
    button.innerHTML = '<svg aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="16" height="16">' +
      '<rect x="1.5" y="3" width="13" height="11.5" rx="1.5" fill="none" stroke="currentColor"/>' +
      '<path d="M1.5 6.5h13M5 1.5v3M11 1.5v3" stroke="currentColor"/></svg>';
    wrap.appendChild(button);
    button.addEventListener('click', function () {
      if (openPicker && openPicker.input === input) {
        closePicker(true);
      } else {
        showPicker(input, button);
      }
    });
    input.addEventListener('blur', function () {
      var date = parseDate(input.value);
      if (date) {
        input.value = formatDate(date);
      }
    });
  }

  document.addEventListener('click', function (e) {
    if (openPicker && !openPicker.element.contains(e.target) && e.target !== openPicker.button &&
        !openPicker.button.contains(e.target)) {
      closePicker(false);
    }
  });

  /* ---------------------------------------------------------------- money: 1.500.000.000, "1,5 tỷ đồng" */

  function group(digits, separator) {
    return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  }

  /** The same reading as MoneyText.words on the server: at most two decimals, "≈" when rounded. */
  function moneyWords(amount) {
    var en = english();
    var dong = text('dong');
    if (amount < 1000000) {
      return group(String(amount), en ? ',' : '.') + ' ' + dong;
    }
    var billions = amount >= 1000000000;
    var unit = billions ? 1000000000 : 1000000;
    var whole = Math.floor(amount / unit);
    var rest = amount - whole * unit;
    var hundredths = Math.round(rest * 100 / unit);
    if (hundredths === 100) {
      whole += 1;
      hundredths = 0;
    }
    var exact = rest * 100 % unit === 0;
    var fraction = hundredths === 0 ? '' : (en ? '.' : ',') + String(hundredths < 10 ? '0' + hundredths : hundredths).replace(/0$/, '');
    return (exact ? '' : '≈ ') + group(String(whole), en ? ',' : '.') + fraction + ' ' +
      text(billions ? 'billion' : 'million') + ' ' + dong;
  }

  function enhanceMoney(input) {
    var output = document.getElementById(input.id + '-words');
    var hint = output ? output.textContent : '';
    function update() {
      var raw = input.value;
      var caretDigits = raw.slice(0, input.selectionStart || raw.length).replace(/\D/g, '').length;
      var digits = raw.replace(/[.\s\u00a0]/g, '').replace(/(đồng|đ|vnd|dong)$/i, '');
      if (/^\d+$/.test(digits)) {
        digits = digits.replace(/^0+(?=\d)/, '');
        var grouped = group(digits, '.');
        if (grouped !== raw) {
          input.value = grouped;
          var pos = 0, seen = 0;
          while (pos < grouped.length && seen < caretDigits) {
            if (/\d/.test(grouped[pos])) {
              seen++;
            }
            pos++;
          }
          input.setSelectionRange(pos, pos);
        }
        if (output) {
          output.textContent = moneyWords(Number(digits));
        }
      } else if (output) {
        output.textContent = raw.trim() === '' ? hint : text('money-invalid');
      }
    }
    input.addEventListener('input', update);
    if (input.value) {
      update();
    }
  }

  /* ---------------------------------------------------------------- tabs */

  function enhanceTabs(nav) {
    if (document.body.classList.contains('print-view')) {
      return;
    }
    var tabs = Array.prototype.slice.call(nav.querySelectorAll('a[aria-controls]'));
    nav.setAttribute('role', 'tablist');
    function panel(tab) {
      return document.getElementById(tab.getAttribute('aria-controls'));
    }
    function select(tab, focus) {
      tabs.forEach(function (t) {
        var on = t === tab;
        t.setAttribute('aria-selected', on ? 'true' : 'false');
        t.tabIndex = on ? 0 : -1;
        panel(t).hidden = !on;
      });
      if (focus) {
        tab.focus();
      }
    }
    tabs.forEach(function (tab, i) {
      tab.setAttribute('role', 'tab');
      var p = panel(tab);
      p.setAttribute('role', 'tabpanel');
      p.setAttribute('aria-labelledby', tab.id);
      p.tabIndex = 0;
      tab.addEventListener('click', function (e) {
        e.preventDefault();
        select(tab, false);
        history.replaceState(null, '', '#' + p.id);
      });
      tab.addEventListener('keydown', function (e) {
        var to = null;
        if (e.key === 'ArrowRight') { to = tabs[(i + 1) % tabs.length]; }
        else if (e.key === 'ArrowLeft') { to = tabs[(i - 1 + tabs.length) % tabs.length]; }
        else if (e.key === 'Home') { to = tabs[0]; }
        else if (e.key === 'End') { to = tabs[tabs.length - 1]; }
        if (to) {
          e.preventDefault();
          select(to, true);
          history.replaceState(null, '', '#' + panel(to).id);
        }
      });
    });
    var wanted = location.hash.indexOf('#tab-') === 0 ? location.hash.slice(1) : 'tab-' + (nav.dataset.selected || 'overview');
    var first = tabs.filter(function (t) { return t.getAttribute('aria-controls') === wanted; })[0] || tabs[0];
    select(first, false);
  }

  /* ---------------------------------------------------------------- dialogs */

  var opener = null;

  function openDialog(dialog, from) {
    if (!dialog || typeof dialog.showModal !== 'function') {
      return false;
    }
    opener = from || document.activeElement;
    if (dialog.open) {
      dialog.close();
    }
    dialog.showModal();
    var invalid = dialog.querySelector('[aria-invalid="true"]');
    var first = invalid || dialog.querySelector('input:not([type=hidden]), select, textarea');
    if (first) {
      first.focus();
    }
    return true;
  }

  function enhanceDialogs() {
    document.querySelectorAll('[data-dialog]').forEach(function (link) {
      link.addEventListener('click', function (e) {
        if (openDialog(document.getElementById(link.dataset.dialog), link)) {
          e.preventDefault();
        }
      });
    });
    document.querySelectorAll('dialog [data-close]').forEach(function (close) {
      close.addEventListener('click', function (e) {
        e.preventDefault();
        close.closest('dialog').close();
      });
    });
    document.querySelectorAll('dialog').forEach(function (dialog) {
      dialog.addEventListener('close', function () {
        closePicker(false);
        if (opener && document.contains(opener)) {
          opener.focus();
        }
      });
      dialog.addEventListener('cancel', function (e) {
        if (openPicker && dialog.contains(openPicker.element)) {
          e.preventDefault();
          closePicker(true);
        }
      });
    });
    // a dialog the server opened (a refused form, a link followed without script) becomes modal
    var open = document.querySelector('dialog[open]');
    if (open) {
      openDialog(open, document.querySelector('[data-dialog="' + open.id + '"]'));
    }
  }

  /* ---------------------------------------------------------------- the event form */

  function enhanceEventForm(form) {
    var type = form.querySelector('select[name=type]');
    var preview = form.querySelector('.preview');
    var milestones = Array.prototype.slice.call(form.querySelectorAll('input[name=milestoneReached]'));
    var touched = {};
    milestones.forEach(function (box) {
      box.addEventListener('change', function () { touched[box.value] = true; });
    });

    function applies() {
      var option = type.options[type.selectedIndex];
      var kinds = {
        extension: option && option.dataset.extension === 'true',
        file: option && option.dataset.file === 'true',
        returned: option && option.dataset.returned === 'true',
        court: option && option.dataset.court === 'true'
      };
      form.querySelectorAll('[data-for]').forEach(function (field) {
        var on = kinds[field.dataset.for];
        field.hidden = !on;
        field.querySelectorAll('input, select').forEach(function (input) {
          input.disabled = !on;
        });
      });
      var shown = 0;
      milestones.forEach(function (box) {
        var matches = (' ' + (box.dataset.events || '') + ' ').indexOf(' ' + type.value + ' ') >= 0;
        if (!touched[box.value]) {
          box.checked = matches;
        }
        box.closest('label').hidden = !matches && !box.checked;
        shown += box.closest('label').hidden ? 0 : 1;
      });
      var fieldset = form.querySelector('.milestone-choice');
      if (fieldset) {
        fieldset.hidden = shown === 0;
      }
    }

    var timer = null;
    var sequence = 0;
    function askPreview() {
      if (!preview || !form.dataset.preview) {
        return;
      }
      clearTimeout(timer);
      timer = setTimeout(function () {
        var mine = ++sequence;
        preview.setAttribute('aria-busy', 'true');
        var body = new URLSearchParams(new FormData(form));
        fetch(form.dataset.preview, {
          method: 'POST', body: body, credentials: 'same-origin',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' }
        }).then(function (response) {
          return response.ok ? response.text() : '';
        }).then(function (html) {
          if (mine === sequence) {
            preview.innerHTML = html;
            preview.removeAttribute('aria-busy');
          }
        }).catch(function () {
          preview.removeAttribute('aria-busy');
        });
      }, 350);
    }

    type.addEventListener('change', applies);
    form.addEventListener('change', askPreview);
    form.addEventListener('input', askPreview);
    applies();
    if (form.querySelector('input[name=date]').value) {
      askPreview();
    }
  }

  /* ---------------------------------------------------------------- the record form */

  function enhanceRecordForm(form) {
    var kind = form.querySelector('select[data-kind]');
    var severity = form.querySelector('select[name=severity]');
    if (kind && severity) {
      var mark = form.querySelector('[data-required-for]');
      var update = function () {
        var needed = kind.value === (mark ? mark.dataset.requiredFor : 'CASE');
        severity.required = needed;
        if (mark) {
          mark.hidden = !needed;
        }
      };
      kind.addEventListener('change', update);
      update();
    }
    var classification = form.querySelector('select[name=classification][data-previous]');
    var confirmLine = form.querySelector('#classification-confirm-line');
    if (classification && confirmLine) {
      var check = function () {
        var changed = classification.value !== classification.dataset.previous;
        confirmLine.hidden = !changed;
        confirmLine.querySelector('input').required = changed;
      };
      classification.addEventListener('change', check);
      check();
    }
  }

  /* ---------------------------------------------------------------- attachments */

  /* A file larger than the server accepts is refused before it is sent: past the server's multipart
     limit the request would not even reach the application to be told why. */
  function enhanceFileInput(input) {
    var max = Number(input.dataset.maxBytes);
    input.addEventListener('change', function () {
      var file = input.files && input.files[0];
      input.setCustomValidity(file && file.size > max ? input.dataset.tooLarge : '');
      input.reportValidity();
    });
  }

  /* ---------------------------------------------------------------- start */

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('input[data-date]').forEach(enhanceDate);
    document.querySelectorAll('input[data-money]').forEach(enhanceMoney);
    document.querySelectorAll('input[type=file][data-max-bytes]').forEach(enhanceFileInput);
    var tabs = document.getElementById('record-tabs');
    if (tabs) {
      enhanceTabs(tabs);
    }
    enhanceDialogs();
    var eventForm = document.getElementById('event-form');
    if (eventForm) {
      enhanceEventForm(eventForm);
    }
    var recordForm = document.getElementById('record-form');
    if (recordForm) {
      enhanceRecordForm(recordForm);
    }
    document.querySelectorAll('[data-print]').forEach(function (link) {
      link.addEventListener('click', function (e) {
        e.preventDefault();
        window.print();
      });
    });
  });

  // for the browser tests: the same reading of amounts as the server
  window.theodoi = { moneyWords: moneyWords, parseDate: parseDate, formatDate: formatDate };
})();
