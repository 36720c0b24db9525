// The progress page of a prepared file: asks for the job's state each second until it is done or failed.
(function () {
  var job = document.getElementById('export-job');
  if (!job) { return; }
  var url = job.getAttribute('data-status-url');
  var bar = document.getElementById('export-progress');
  var percent = document.getElementById('export-percent');
  var rows = document.getElementById('export-rows');
  var status = document.getElementById('export-status');
  var done = document.getElementById('export-done');
  var link = document.getElementById('export-download');
  var words = {
    rowsOf: job.getAttribute('data-rows-of'), rows: job.getAttribute('data-rows'),
    download: job.getAttribute('data-download'), QUEUED: job.getAttribute('data-queued'),
    RUNNING: job.getAttribute('data-running'), DONE: job.getAttribute('data-done'), FAILED: job.getAttribute('data-failed')
  };

  function show(s) {
    if (s.percent >= 0) {
      bar.value = s.percent;
      percent.textContent = s.percent + '%';
    } else {
      bar.removeAttribute('value');
    }
    if (rows) {
    var n = s.done.toLocaleString(document.documentElement.lang || 'vi');
    rows.textContent = s.total != null
      ? (words.rowsOf || '{0} / {1}').replace('{0}', n).replace('{1}', s.total.toLocaleString(document.documentElement.lang || 'vi'))
      : (words.rows || '{0}').replace('{0}', n);
    }
    if (words[s.status]) { status.textContent = words[s.status]; }
    if (s.status === 'DONE' && s.file) {
      link.href = s.file;
      if (s.fileName && words.download) { link.textContent = words.download.replace('{0}', s.fileName); }
      done.hidden = false;
    }
    if (s.status === 'FAILED' && s.failure) {
      var failure = document.getElementById('export-failure') || document.createElement('p');
      failure.id = 'export-failure';
      failure.className = 'alert error';
      failure.textContent = s.failure;
      job.appendChild(failure);
    }
    return s.status === 'DONE' || s.status === 'FAILED';
  }

  function poll() {
    fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (s) { if (!s || !show(s)) { setTimeout(poll, 1000); } })
      .catch(function () { setTimeout(poll, 2000); });
  }
  poll();
})();
