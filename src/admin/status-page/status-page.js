// The bridge's status page: reads the admin API with the token the person typed (kept in this
// tab's sessionStorage only) and redraws every few seconds. Everything the API returns is shown as
// text (textContent), never parsed as HTML: event text comes from the CB bus and may be hostile.
/* global document, sessionStorage, fetch, setTimeout, clearTimeout */
'use strict';

(() => {
  const TOKEN_KEY = 'cb-event-bridge.admin-token';
  const REFRESH_MS = 2000;
  const EVENTS_SHOWN = 15;
  const LETTERS_SHOWN = 15;
  const $ = (id) => document.getElementById(id);
  let timer = null;

  class Unauthorized extends Error {}

  async function api(path, init = {}) {
    const token = sessionStorage.getItem(TOKEN_KEY) ?? '';
    const res = await fetch(path, {
      ...init,
      headers: { authorization: `Bearer ${token}`, ...(init.headers ?? {}) },
      cache: 'no-store',
    });
    if (res.status === 401) throw new Unauthorized('the admin token was not accepted');
    const type = res.headers.get('content-type') ?? '';
    const body = type.includes('json') ? await res.json() : await res.text();
    if (!res.ok) throw new Error(`${path}: ${body && body.message ? body.message : `HTTP ${res.status}`}`);
    return body;
  }

  /** `cb_bridge_broker_queue_messages{route="r",queue="q"} 12` lines as a map route -> messages. */
  function brokerQueueDepths(metricsText) {
    const depths = new Map();
    for (const line of metricsText.split('\n')) {
      const m = /^cb_bridge_broker_queue_messages\{(.*)\}\s+(\S+)$/.exec(line);
      if (!m) continue;
      const route = /(?:^|,)route="((?:[^"\\]|\\.)*)"/.exec(m[1]);
      if (route) depths.set(route[1].replace(/\\(.)/g, '$1'), Number(m[2]));
    }
    return depths;
  }

  const number = (n) => (typeof n === 'number' ? n.toLocaleString('en-US', { maximumFractionDigits: 1 }) : '–');

  function cell(row, value, kind) {
    const td = document.createElement('td');
    if (kind === 'state') {
      const span = document.createElement('span');
      span.className = 'state';
      span.dataset.state = value ?? 'none';
      span.textContent = value ?? '–';
      td.append(span);
    } else if (kind === 'text') {
      // Long text (events, errors) is clamped to a few lines; the full text is the tooltip.
      const div = document.createElement('div');
      div.textContent = value ?? '–';
      div.title = value ?? '';
      td.className = kind;
      td.append(div);
    } else {
      td.textContent = kind === 'num' ? number(value) : (value ?? '–');
      if (kind) td.className = kind;
    }
    row.append(td);
    return td;
  }

  function fillTable(id, items, addCells) {
    const body = $(id).querySelector('tbody');
    const rows = items.map((item) => {
      const tr = document.createElement('tr');
      addCells(tr, item);
      return tr;
    });
    if (rows.length === 0) {
      const tr = document.createElement('tr');
      const td = cell(tr, 'none', 'muted');
      td.colSpan = $(id).querySelectorAll('thead th').length;
      rows.push(tr);
    }
    body.replaceChildren(...rows);
  }

  async function pauseOrResume(route, action, button) {
    button.disabled = true;
    try {
      await api(`/api/v1/routes/${encodeURIComponent(route)}/${action}`, { method: 'POST' });
      await refresh();
    } catch (err) {
      showProblem(err);
    } finally {
      button.disabled = false;
    }
  }

  function drawOverview(status) {
    const broker = $('broker');
    broker.dataset.state = status.amqp.state;
    broker.textContent = `broker: ${status.amqp.state}`;
    $('version').textContent = `v${status.version}, up ${formatDuration(status.uptimeSeconds)}`;
    const items = [
      ['broker connection', status.amqp.state],
      ['consumer channels', number(status.amqp.consumers)],
      ['reconnects', number(status.amqp.reconnects)],
      ['last broker error', status.amqp.lastError ?? 'none'],
      ['dead-letter destination', status.deadLetters.destination],
      ['dead letters stored since start', number(status.deadLetters.written)],
      ['dead letters waiting to be stored', number(status.deadLetters.pending)],
    ];
    $('overview').replaceChildren(
      ...items.flatMap(([k, v]) => {
        const dt = document.createElement('dt');
        dt.textContent = k;
        const dd = document.createElement('dd');
        dd.textContent = v;
        return [dt, dd];
      }),
    );
  }

  function drawRoutes(status, depths) {
    fillTable('routes', status.routes, (tr, r) => {
      tr.dataset.route = r.name;
      cell(tr, r.name);
      cell(tr, r.state, 'state');
      cell(tr, r.rates.received, 'num');
      cell(tr, r.rates.routed, 'num');
      cell(tr, r.counters.received, 'num');
      cell(tr, r.counters.events, 'num');
      cell(tr, r.counters.filtered, 'num');
      cell(tr, r.counters.decodeErrors, 'num');
      cell(tr, r.counters.parked, 'num');
      cell(tr, r.inFlight, 'num');
      cell(tr, depths.get(r.name), 'num');
      const td = cell(tr, '');
      if (r.state !== 'retiring') {
        const action = r.state === 'paused' ? 'resume' : 'pause';
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = action === 'pause' ? 'Pause' : 'Resume';
        button.dataset.action = action;
        button.addEventListener('click', () => pauseOrResume(r.name, action, button));
        td.append(button);
      }
    });
  }

  function drawSinks(status, sinks) {
    const counters = new Map();
    for (const r of status.routes) for (const s of r.sinks) counters.set(`${r.name}/${s.name}`, s);
    fillTable('sinks', sinks.sinks, (tr, s) => {
      const c = counters.get(`${s.route}/${s.name}`);
      tr.dataset.sink = `${s.route}/${s.name}`;
      cell(tr, `${s.route} / ${s.name}`);
      cell(tr, s.type);
      cell(tr, s.state, 'state');
      cell(tr, s.breaker, 'state');
      cell(tr, c?.rates.delivered, 'num');
      cell(tr, c?.counters.delivered, 'num');
      cell(tr, c?.counters.retried, 'num');
      cell(tr, c?.counters.failed, 'num');
      cell(tr, s.inFlight, 'num');
      cell(tr, s.queueDepth, 'num');
      cell(tr, s.disabledReason ?? (s.lastError ? `${s.lastError} (${s.lastErrorAt})` : 'none'), 'text');
    });
  }

  function drawDeadLetters(status, page) {
    const note = $('dead-letter-note');
    if (!status.deadLetters.browsable) {
      note.textContent = `(sent to an AMQP exchange: read them there)`;
      fillTable('dead-letters', [], () => {});
      return;
    }
    note.textContent = page.nextCursor
      ? `(the oldest ${page.letters.length} stored; more remain)`
      : `(${page.letters.length} stored)`;
    fillTable('dead-letters', page.letters, (tr, l) => {
      cell(tr, l.at);
      cell(tr, l.route);
      cell(tr, l.sink || '(message)');
      cell(tr, l.reason);
      cell(tr, l.detail, 'text');
      cell(tr, l.routingKey);
    });
  }

  function drawEvents(recent) {
    fillTable('events', recent.events, (tr, e) => {
      cell(tr, e.at);
      cell(tr, e.route);
      cell(tr, e.routingKey);
      cell(tr, e.truncated ? `${e.text}…` : e.text, 'text');
    });
  }

  function formatDuration(seconds) {
    const s = Math.floor(seconds);
    const d = Math.floor(s / 86400);
    const h = Math.floor((s % 86400) / 3600);
    const m = Math.floor((s % 3600) / 60);
    return d > 0 ? `${d}d ${h}h` : h > 0 ? `${h}h ${m}m` : `${m}m ${s % 60}s`;
  }

  function showProblem(err) {
    if (err instanceof Unauthorized) {
      signOut(err.message);
      return;
    }
    const p = $('problem');
    p.textContent = err ? String(err.message ?? err) : '';
    p.hidden = !err;
  }

  async function refresh() {
    const status = await api('/api/v1/status');
    const [sinks, recent, metrics, letters] = await Promise.all([
      api('/api/v1/sinks'),
      api(`/api/v1/events/recent?limit=${EVENTS_SHOWN}`),
      api('/metrics'),
      status.deadLetters.browsable
        ? api(`/api/v1/deadletters?limit=${LETTERS_SHOWN}`)
        : Promise.resolve({ letters: [], nextCursor: null }),
    ]);
    drawOverview(status);
    drawRoutes(status, brokerQueueDepths(metrics));
    drawSinks(status, sinks);
    drawDeadLetters(status, letters);
    drawEvents(recent);
    $('live').textContent = `updated ${new Date().toLocaleTimeString()}`;
    document.body.dataset.loaded = 'true';
    showProblem(null);
  }

  async function loop() {
    try {
      await refresh();
    } catch (err) {
      showProblem(err);
      $('live').textContent = `update failed ${new Date().toLocaleTimeString()}`;
    }
    if (sessionStorage.getItem(TOKEN_KEY) !== null) timer = setTimeout(loop, REFRESH_MS);
  }

  function start() {
    $('login').hidden = true;
    $('dashboard').hidden = false;
    $('sign-out').hidden = false;
    clearTimeout(timer);
    loop();
  }

  function signOut(reason) {
    clearTimeout(timer);
    sessionStorage.removeItem(TOKEN_KEY);
    $('dashboard').hidden = true;
    $('sign-out').hidden = true;
    $('login').hidden = false;
    $('login-error').textContent = reason ?? '';
    $('token').value = '';
    $('token').focus();
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('login').addEventListener('submit', (event) => {
      event.preventDefault();
      sessionStorage.setItem(TOKEN_KEY, $('token').value);
      start();
    });
    $('sign-out').addEventListener('click', () => signOut());
    if (sessionStorage.getItem(TOKEN_KEY) !== null) start();
    else signOut();
  });
})();
