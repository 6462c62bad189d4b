/* رصد — واجهة الويب.
 * Plain JavaScript, no build step, no external requests.
 * Safety rule for this file: every value that comes from the API or from an article is put into the
 * page with textContent / createTextNode / setAttribute on safe attributes. Nothing here builds HTML
 * from strings (no innerHTML, insertAdjacentHTML, document.write or eval). Links built from API data go
 * through safeUrl (http/https only) or are internal hash links built with encodeURIComponent.
 */
(function () {
  'use strict';

  // ---------------------------------------------------------------- labels

  var EVENT_TYPES = {
    meeting: 'لقاء', visit: 'زيارة', agreement: 'اتفاق', transfer: 'نقل وتسليم',
    deployment: 'نشر قوات', statement: 'تصريح', support: 'تأييد', accusation: 'اتهام'
  };
  var EDGE_KINDS = {
    meeting: 'لقاء', visit: 'زيارة', agreement: 'اتفاق', transfer: 'نقل وتسليم',
    deployment: 'نشر قوات', statement: 'تصريح', 'says-about': 'يتحدث عن', denies: 'ينفي',
    supports: 'يؤيد', accuses: 'يتهم', 'co-mention': 'ذِكر مشترك'
  };
  var EDGE_COLORS = {
    meeting: '#2563eb', visit: '#0891b2', agreement: '#16a34a', transfer: '#d97706',
    deployment: '#7c3aed', statement: '#64748b', 'says-about': '#db2777', denies: '#dc2626',
    supports: '#059669', accuses: '#b91c1c', 'co-mention': '#cbd5e1'
  };
  var ENTITY_TYPES = { PER: 'شخص', ORG: 'منظمة', GPE: 'دولة أو مدينة', LOC: 'مكان', MISC: 'أخرى' };
  var TYPE_COLORS = { PER: '#2563eb', ORG: '#7c3aed', GPE: '#16a34a', LOC: '#0d9488', MISC: '#6b7280' };
  var GRAINS = {
    year: 'سنة', month: 'شهر', week: 'أسبوع', day: 'يوم', hour: 'ساعة', minute: 'دقيقة',
    quarter: 'ربع سنة', decade: 'عقد', season: 'فصل'
  };
  var QUALIFIERS = {
    exact: 'بالضبط', approx: 'نحو', about: 'نحو', more_than: 'أكثر من', less_than: 'أقل من',
    at_least: 'على الأقل', at_most: 'على الأكثر', up_to: 'حتى', range: 'بين', over: 'أكثر من',
    under: 'أقل من'
  };
  var STANCES = { assert: 'تأكيد', deny: 'نفي' };
  var BOILERPLATE = {
    navigation: 'قائمة تنقّل', related: 'روابط ذات صلة', metadata: 'بيانات الصفحة', byline: 'سطر الكاتب',
    share: 'أزرار المشاركة', footer: 'تذييل', advertisement: 'إعلان', caption: 'تعليق صورة',
    copyright: 'حقوق النشر', subscribe: 'دعوة للاشتراك', tags: 'وسوم'
  };
  var MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر',
    'أكتوبر', 'نوفمبر', 'ديسمبر'];

  function label(table, key) {
    if (key === null || key === undefined || key === '') return '';
    return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : String(key);
  }

  // ---------------------------------------------------------------- DOM helpers

  var SVG_NS = 'http://www.w3.org/2000/svg';

  function append(el, kids) {
    for (var i = 0; i < kids.length; i++) {
      var k = kids[i];
      if (k === null || k === undefined || k === false) continue;
      if (Array.isArray(k)) { append(el, k); continue; }
      if (typeof k === 'string' || typeof k === 'number') el.appendChild(document.createTextNode(String(k)));
      else el.appendChild(k);
    }
    return el;
  }

  function setAttrs(el, attrs) {
    if (!attrs) return;
    Object.keys(attrs).forEach(function (k) {
      var v = attrs[k];
      if (v === null || v === undefined || v === false) return;
      if (k === 'class') el.setAttribute('class', v);
      else if (k === 'text') el.textContent = String(v);
      else if (k.slice(0, 2) === 'on' && typeof v === 'function') el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v === true ? '' : String(v));
    });
  }

  /** h('a', {href: '#/x', class: 'c'}, 'text', child) — every string child becomes a text node. */
  function h(tag, attrs) {
    var el = document.createElement(tag);
    setAttrs(el, attrs);
    return append(el, Array.prototype.slice.call(arguments, 2));
  }

  function s(tag, attrs) {
    var el = document.createElementNS(SVG_NS, tag);
    setAttrs(el, attrs);
    return append(el, Array.prototype.slice.call(arguments, 2));
  }

  /** Only http: and https: URLs become links; anything else (javascript:, data:, …) is refused. */
  function safeUrl(u) {
    if (typeof u !== 'string' || !u) return null;
    try {
      var parsed = new URL(u, location.href);
      if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return parsed.href;
    } catch (e) { /* not a URL */ }
    return null;
  }

  function fmtNum(n) {
    if (typeof n !== 'number' || !isFinite(n)) return String(n);
    return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
  }

  function truncate(t, n) {
    var chars = Array.from(String(t || ''));
    return chars.length > n ? chars.slice(0, n).join('') + '…' : chars.join('');
  }

  /** Dates as the API gives them: 2023, 2023-10, 2023-10-19, 2024-03-14T18:45:00, 2024-W44. */
  function fmtDate(d) {
    if (!d) return '';
    var str = String(d);
    var m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T(\d{2}):(\d{2}))?/.exec(str);
    var w = /^(\d{4})-W(\d{1,2})$/.exec(str);
    if (w) return 'الأسبوع ' + Number(w[2]) + ' من ' + w[1];
    if (!m) return str;
    var out = m[1];
    if (m[2]) out = label(MONTHS, Number(m[2]) - 1) + ' ' + out;
    if (m[3]) out = Number(m[3]) + ' ' + out;
    if (m[4]) out += '، ' + m[4] + ':' + m[5];
    return out;
  }

  /** A sortable time (ms) for a partial date, or null. */
  function dateTime(d) {
    if (!d) return null;
    var str = String(d);
    var w = /^(\d{4})-W(\d{1,2})$/.exec(str);
    if (w) return Date.UTC(Number(w[1]), 0, 1) + (Number(w[2]) - 1) * 7 * 864e5;
    var m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(str);
    if (!m) return null;
    return Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1);
  }

  function plural(n, one, two, few, many) {
    if (n === 1) return one;
    if (n === 2) return two;
    if (n >= 3 && n <= 10) return fmtNum(n) + ' ' + few;
    return fmtNum(n) + ' ' + many;
  }

  // ---------------------------------------------------------------- API

  function ApiError(status, code, message) {
    this.status = status; this.code = code; this.message = message;
  }

  function query(params) {
    var q = new URLSearchParams();
    Object.keys(params || {}).forEach(function (k) {
      var v = params[k];
      if (v !== null && v !== undefined && v !== '') q.set(k, String(v));
    });
    var str = q.toString();
    return str ? '?' + str : '';
  }

  function api(path, params, init) {
    return fetch(path + query(params), init || { headers: { Accept: 'application/json' } })
      .catch(function () { throw new ApiError(0, 'network', 'تعذّر الاتصال بالخادم.'); })
      .then(function (res) {
        return res.text().then(function (body) {
          var data = null;
          try { data = body ? JSON.parse(body) : null; } catch (e) { data = null; }
          if (!res.ok) {
            var err = data && data.error ? data.error : {};
            throw new ApiError(res.status, err.code || 'error', err.message || ('HTTP ' + res.status));
          }
          if (data === null) throw new ApiError(res.status, 'bad_json', 'ردّ الخادم ليس JSON صالحًا.');
          return data;
        });
      });
  }

  // ---------------------------------------------------------------- entity names

  var names = new Map(); // id -> {ar, en, type}

  function remember(e) {
    if (!e || !e.entity) return;
    var old = names.get(e.entity) || {};
    names.set(e.entity, {
      ar: e.canonical_ar || old.ar || null,
      en: e.canonical || old.en || null,
      type: e.type || old.type || null
    });
  }

  function entName(id) {
    var n = names.get(id);
    if (n && (n.ar || n.en)) return n.ar || n.en;
    return String(id);
  }

  function isKnownEntity(id) { return names.has(id); }

  function entHref(id) { return '#/entity/' + encodeURIComponent(id); }
  function docHref(id) { return '#/document/' + encodeURIComponent(id); }

  function entLink(id, text) {
    var n = names.get(id);
    return h('a', {
      href: entHref(id), class: 'ent-link' + (n && n.type ? ' t-' + n.type : ''),
      title: n && n.en ? n.en : null
    }, text || entName(id));
  }

  /** A value that may be an entity id (link) or a plain word (text). */
  function maybeEntity(v) {
    if (v === null || v === undefined || v === '' || v === '-') return h('span', { class: 'muted' }, 'غير محدد');
    return isKnownEntity(v) ? entLink(v) : h('span', null, String(v));
  }

  function docLink(id, text) {
    return h('a', { href: docHref(id), class: 'doc-link' }, text || String(id));
  }

  // ---------------------------------------------------------------- routing

  var main;
  var renderToken = 0;

  function parseHash() {
    var raw = location.hash.replace(/^#\/?/, '');
    var qi = raw.indexOf('?');
    var path = qi >= 0 ? raw.slice(0, qi) : raw;
    var qs = qi >= 0 ? raw.slice(qi + 1) : '';
    var parts = path.split('/').map(function (p) {
      try { return decodeURIComponent(p); } catch (e) { return p; }
    });
    return { view: parts[0] || 'search', arg: parts.slice(1).join('/'), params: new URLSearchParams(qs) };
  }

  function hashFor(view, params) {
    return '#/' + view + query(params);
  }

  function go(hash) {
    if (location.hash === hash) route();
    else location.hash = hash;
  }

  var routes = {
    search: viewSearch,
    document: viewDocument,
    entity: viewEntity,
    entities: viewEntities,
    claims: viewClaims,
    timeline: viewTimeline,
    graph: viewGraph,
    analyze: viewAnalyze
  };

  function route() {
    hideTip(true);
    var r = parseHash();
    var token = ++renderToken;
    var fn = routes[r.view];
    document.querySelectorAll('.mainnav a').forEach(function (a) {
      if (a.getAttribute('data-nav') === r.view || (r.view === 'document' && a.getAttribute('data-nav') === 'search') ||
          (r.view === 'entity' && a.getAttribute('data-nav') === 'entities')) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    });
    main.replaceChildren();
    main.setAttribute('data-view', r.view);
    if (!fn) {
      main.appendChild(errorBox(new ApiError(404, 'not_found', 'لا توجد صفحة بهذا العنوان.')));
      return;
    }
    var ctx = {
      params: r.params,
      arg: r.arg,
      alive: function () { return token === renderToken; }
    };
    try { fn(ctx); } catch (e) { main.appendChild(errorBox(e)); if (window.console) console.warn(e); }
  }

  function setTitle(t) { document.title = t ? t + ' — رصد' : 'رصد'; }

  // ---------------------------------------------------------------- shared widgets

  function errorBox(err) {
    var title = 'حدث خطأ';
    if (err && err.status === 404) title = 'لم يُعثر على المطلوب';
    else if (err && err.status === 400) title = 'طلب غير صالح';
    else if (err && err.status === 0) title = 'تعذّر الاتصال بالخادم';
    else if (err && err.status >= 500) title = 'خطأ في الخادم';
    var msg = err && err.message ? String(err.message) : String(err);
    return h('div', { class: 'error', role: 'alert' },
      h('strong', null, title),
      h('p', { class: 'error-detail', dir: 'auto' }, msg),
      h('p', null, h('a', { href: '#/search' }, 'العودة إلى البحث')));
  }

  function loading(text) {
    return h('p', { class: 'loading', role: 'status' }, text || 'جارٍ التحميل…');
  }

  /** Runs a request for a view and swaps the placeholder for the result or an error. */
  function load(ctx, holder, promise, render) {
    var spinner = loading();
    holder.replaceChildren(spinner);
    return promise.then(function (data) {
      if (!ctx.alive()) return;
      holder.replaceChildren();
      render(data);
    }, function (err) {
      if (!ctx.alive()) return;
      holder.replaceChildren(errorBox(err));
    });
  }

  function pager(page, perPage, total, hrefFor) {
    var pages = Math.max(1, Math.ceil(total / perPage));
    if (pages <= 1) return document.createDocumentFragment();
    var nav = h('nav', { class: 'pager', 'aria-label': 'الصفحات' });
    if (page > 1) nav.appendChild(h('a', { href: hrefFor(page - 1), rel: 'prev' }, '→ السابق'));
    var from = Math.max(1, page - 3), to = Math.min(pages, page + 3);
    if (from > 1) nav.appendChild(h('a', { href: hrefFor(1) }, '1'));
    if (from > 2) nav.appendChild(h('span', { class: 'muted' }, '…'));
    for (var p = from; p <= to; p++) {
      if (p === page) nav.appendChild(h('span', { class: 'current', 'aria-current': 'page' }, String(p)));
      else nav.appendChild(h('a', { href: hrefFor(p) }, String(p)));
    }
    if (to < pages - 1) nav.appendChild(h('span', { class: 'muted' }, '…'));
    if (to < pages) nav.appendChild(h('a', { href: hrefFor(pages) }, String(pages)));
    if (page < pages) nav.appendChild(h('a', { href: hrefFor(page + 1), rel: 'next' }, 'التالي ←'));
    return nav;
  }

  function pageParam(params) {
    var p = parseInt(params.get('page') || '1', 10);
    return isFinite(p) && p > 0 ? p : 1;
  }

  var entityLookupTimer = null;
  /** A text box that suggests entities from /api/entities?q= (a shared datalist). */
  function entityInput(name, value, placeholder) {
    // A known id is shown by its Arabic name; resolveEntity turns the name back into the id.
    var shown = value && names.has(value) && names.get(value).ar ? names.get(value).ar : (value || '');
    var input = h('input', {
      type: 'text', name: name, list: 'entity-options', autocomplete: 'off', value: shown,
      placeholder: placeholder || 'اسم كيان أو معرّفه', dir: 'auto'
    });
    input.addEventListener('input', function () {
      clearTimeout(entityLookupTimer);
      var q = input.value.trim();
      if (!q) return;
      entityLookupTimer = setTimeout(function () {
        api('/api/entities', { q: q, per_page: 12 }).then(function (data) {
          var list = document.getElementById('entity-options');
          list.replaceChildren();
          (data.items || []).forEach(function (e) {
            remember(e);
            var text = (e.canonical_ar || e.canonical || e.entity) + (e.canonical && e.canonical_ar ? ' — ' + e.canonical : '');
            list.appendChild(h('option', { value: e.entity, label: text }));
          });
        }, function () { /* suggestions are optional */ });
      }, 180);
    });
    return input;
  }

  /** Turns what was typed in an entity box into an entity id (typed names are looked up). */
  function resolveEntity(value) {
    var v = (value || '').trim();
    if (!v) return Promise.resolve('');
    if (names.has(v)) return Promise.resolve(v);
    var found = null;
    names.forEach(function (n, id) { if (!found && (n.ar === v || (n.en && n.en.toLowerCase() === v.toLowerCase()))) found = id; });
    if (found) return Promise.resolve(found);
    return api('/api/entities', { q: v, per_page: 1 }).then(function (d) {
      if (d.items && d.items.length) { remember(d.items[0]); return d.items[0].entity; }
      return v;
    }, function () { return v; });
  }

  function field(labelText, control, cls) {
    return h('label', { class: 'field' + (cls ? ' ' + cls : '') }, h('span', { class: 'field-label' }, labelText), control);
  }

  function badge(text, cls) { return h('span', { class: 'badge' + (cls ? ' ' + cls : '') }, text); }

  function typeBadge(type) { return badge(label(ENTITY_TYPES, type) || 'كيان', 't-' + (type || 'MISC')); }

  function stanceBadge(st) { return badge(label(STANCES, st) || 'تأكيد', st === 'deny' ? 'deny' : 'assert'); }

  function section(title, kids, cls) {
    return h('section', { class: 'panel' + (cls ? ' ' + cls : '') }, h('h2', null, title), kids);
  }

  function emptyNote(text) { return h('p', { class: 'muted empty' }, text); }

  // ---------------------------------------------------------------- search

  function viewSearch(ctx) {
    setTitle('البحث');
    var p = ctx.params;
    var q = h('input', {
      id: 'q', type: 'search', name: 'q', value: p.get('q') || '', autocomplete: 'off', dir: 'auto',
      placeholder: 'ابحث في الأخبار… مثال: لافروف "بيونغ يانغ" -واشنطن', 'aria-label': 'نص البحث'
    });
    var ent = entityInput('entity', p.get('entity'));
    var type = h('select', { name: 'type' }, h('option', { value: '' }, 'كل الأنواع'),
      Object.keys(EVENT_TYPES).map(function (k) {
        return h('option', { value: k, selected: p.get('type') === k }, EVENT_TYPES[k]);
      }));
    var outlet = h('input', { type: 'text', name: 'outlet', value: p.get('outlet') || '', placeholder: 'اسم المصدر', dir: 'auto' });
    var from = h('input', { type: 'text', name: 'from', value: p.get('from') || '', placeholder: '2023-10', inputmode: 'numeric', dir: 'ltr' });
    var to = h('input', { type: 'text', name: 'to', value: p.get('to') || '', placeholder: '2024-12-31', inputmode: 'numeric', dir: 'ltr' });
    var hasFilters = ['entity', 'type', 'outlet', 'from', 'to'].some(function (k) { return p.get(k); });
    var form = h('form', { class: 'search-form', role: 'search', id: 'search-form' },
      h('div', { class: 'search-row' }, q, h('button', { type: 'submit', class: 'primary' }, 'بحث')),
      h('details', { class: 'filters', open: hasFilters },
        h('summary', null, 'تصفية النتائج'),
        h('div', { class: 'filter-grid' },
          field('الكيان', ent), field('نوع الحدث', type), field('المصدر', outlet),
          field('من تاريخ', from), field('إلى تاريخ', to))),
      h('p', { class: 'hint' }, 'كل الكلمات مطلوبة، والعبارة بين علامتي تنصيص تُطابق كما هي، و"-كلمة" تستبعد ما يحويها. التواريخ بصيغة 2023 أو 2023-10 أو 2023-10-19.'));
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      resolveEntity(ent.value).then(function (entityId) {
        go(hashFor('search', {
          q: q.value.trim(), entity: entityId, type: type.value, outlet: outlet.value.trim(),
          from: from.value.trim(), to: to.value.trim()
        }));
      });
    });
    var results = h('div', { class: 'results', id: 'results', 'aria-live': 'polite' });
    main.appendChild(h('h1', { class: 'sr-only' }, 'البحث'));
    main.appendChild(form);
    main.appendChild(results);

    var params = {
      q: p.get('q'), entity: p.get('entity'), type: p.get('type'), outlet: p.get('outlet'),
      from: p.get('from'), to: p.get('to')
    };
    if (!params.q && !hasFilters) {
      results.appendChild(searchWelcome());
      if (!location.hash.includes('q=')) setTimeout(function () { if (ctx.alive() && document.activeElement === document.body) q.focus(); }, 0);
      return;
    }
    var page = pageParam(p);
    load(ctx, results, api('/api/search', Object.assign({ page: page, per_page: 20 }, params)), function (data) {
      setTitle((params.q || 'البحث') + ' — بحث');
      var total = data.total || 0;
      results.appendChild(h('p', { class: 'result-count', id: 'result-count' },
        total === 0 ? 'لا نتائج' : ('عدد النتائج: ' + fmtNum(total)),
        data.terms && data.terms.length ? h('span', { class: 'muted' }, ' — الكلمات: ' + data.terms.join('، ')) : null,
        params.entity ? h('span', { class: 'muted' }, ' — الكيان: ', entLink(params.entity)) : null));
      if (!total) {
        results.appendChild(emptyNote('لم نجد وثائق تطابق هذا البحث. جرّب كلمات أقل أو أزل بعض المرشحات.'));
        return;
      }
      var list = h('ol', { class: 'hits', start: String((data.page - 1) * data.per_page + 1) });
      (data.hits || []).forEach(function (hit) { list.appendChild(renderHit(hit)); });
      results.appendChild(list);
      results.appendChild(pager(data.page, data.per_page, total, function (n) {
        return hashFor('search', Object.assign({}, params, { page: n }));
      }));
    });
  }

  function searchWelcome() {
    var box = h('div', { class: 'welcome' },
      h('h1', null, 'ابحث في الأخبار المرصودة'),
      h('p', null, 'يستخرج رصد من كل خبر الأشخاص والمنظمات والأماكن والتواريخ والكميات والأقوال المنسوبة والأحداث والادعاءات، ويربط بينها عبر المصادر.'));
    var top = [];
    names.forEach(function (n, id) { if (n.ar || n.en) top.push({ id: id, n: n }); });
    if (top.length) {
      var chips = h('ul', { class: 'chips' });
      top.slice(0, 16).forEach(function (e) { chips.appendChild(h('li', null, entLink(e.id))); });
      box.appendChild(h('h2', null, 'أكثر الكيانات ذكرًا'));
      box.appendChild(chips);
    }
    return box;
  }

  function highlightText(text, highlights) {
    var chars = Array.from(String(text || ''));
    var frag = document.createDocumentFragment();
    var ranges = (highlights || []).map(function (r) { return [Math.max(0, r[0] | 0), Math.min(chars.length, r[1] | 0)]; })
      .filter(function (r) { return r[1] > r[0]; })
      .sort(function (a, b) { return a[0] - b[0]; });
    var pos = 0;
    ranges.forEach(function (r) {
      if (r[0] < pos) r = [pos, r[1]];
      if (r[1] <= r[0]) return;
      if (r[0] > pos) frag.appendChild(document.createTextNode(chars.slice(pos, r[0]).join('')));
      frag.appendChild(h('mark', null, chars.slice(r[0], r[1]).join('')));
      pos = r[1];
    });
    if (pos < chars.length) frag.appendChild(document.createTextNode(chars.slice(pos).join('')));
    return frag;
  }

  function renderHit(hit) {
    var sn = hit.snippet || {};
    var title = hit.title || hit.document;
    return h('li', { class: 'hit' },
      h('h3', null, h('a', { href: docHref(hit.document), class: 'hit-title', dir: 'auto' }, title)),
      h('p', { class: 'meta' },
        hit.outlet ? h('span', { dir: 'auto' }, hit.outlet) : null,
        hit.published ? h('time', { datetime: hit.published }, fmtDate(hit.published)) : null,
        sn.field === 'title' ? h('span', { class: 'muted' }, 'تطابق في العنوان') : null),
      sn.text ? h('p', { class: 'snippet', dir: 'auto' }, highlightText(sn.text, sn.highlights)) : null);
  }

  // ---------------------------------------------------------------- document view

  function viewDocument(ctx) {
    var id = ctx.arg;
    setTitle('وثيقة');
    var holder = h('div', { class: 'doc-holder' });
    main.appendChild(holder);
    load(ctx, holder, api('/api/documents/' + encodeURIComponent(id)), function (doc) {
      setTitle(doc.title || doc.id);
      holder.appendChild(renderDocumentHeader(doc));
      holder.appendChild(renderAnalysis(doc));
    });
  }

  function metaRow(term, value) {
    if (value === null || value === undefined || value === '') return null;
    return h('div', { class: 'meta-row' }, h('dt', null, term), h('dd', null, value));
  }

  function renderDocumentHeader(doc) {
    var link = null;
    if (doc.url) {
      var safe = safeUrl(doc.url);
      link = safe
        ? h('a', { href: safe, rel: 'noopener noreferrer', target: '_blank', class: 'doc-url', dir: 'ltr' }, doc.url)
        : h('span', { class: 'doc-url unsafe', dir: 'ltr', title: 'رابط غير آمن؛ عُرض نصًّا فقط' }, doc.url);
    }
    return h('header', { class: 'doc-header' },
      h('p', { class: 'crumbs' }, h('a', { href: '#/search' }, 'البحث'), ' / وثيقة'),
      h('h1', { class: 'doc-title', dir: 'auto' }, doc.title || doc.id),
      h('dl', { class: 'doc-meta' },
        metaRow('المصدر', doc.outlet ? h('span', { dir: 'auto' }, doc.outlet) : null),
        metaRow('الكاتب', doc.author ? h('span', { dir: 'auto' }, doc.author) : null),
        metaRow('تاريخ النشر', doc.published ? h('time', { datetime: doc.published }, fmtDate(doc.published)) : null),
        metaRow('الرابط', link),
        metaRow('المعرّف', h('code', { dir: 'ltr' }, doc.id))));
  }

  var LEGEND = [
    ['hl-entity t-PER', 'شخص'], ['hl-entity t-ORG', 'منظمة'], ['hl-entity t-GPE', 'دولة أو مدينة'],
    ['hl-entity t-LOC', 'مكان'], ['hl-entity t-MISC', 'كيان آخر'], ['hl-date', 'تاريخ'],
    ['hl-quantity', 'كمية'], ['hl-duration', 'مدة'], ['hl-speaker', 'المتحدث'], ['hl-cue', 'فعل القول'],
    ['hl-content', 'مضمون القول'], ['hl-via', 'الناقل'], ['hl-trigger', 'حدث'], ['bp', 'نص هامشي']
  ];

  function legend() {
    var ul = h('ul', { class: 'legend', 'aria-label': 'دليل الألوان' });
    LEGEND.forEach(function (l) {
      ul.appendChild(h('li', null, h('span', { class: 'swatch ' + l[0] }, l[1])));
    });
    return ul;
  }

  /** Text + lists of an analyzed document (used by the document view and the analyze page). */
  function renderAnalysis(doc) {
    (doc.entities || []).forEach(remember);
    var wrap = h('div', { class: 'analysis' });
    var counts = [
      [(doc.entities || []).length, 'كيانات'], [(doc.dates || []).length, 'تواريخ'],
      [(doc.quantities || []).length, 'كميات'], [(doc.attributions || []).length, 'أقوال منسوبة'],
      [(doc.events || []).length, 'أحداث'], [(doc.claims || []).length, 'ادعاءات']
    ];
    wrap.appendChild(h('p', { class: 'doc-counts' }, counts.map(function (c) {
      return h('span', { class: 'count' }, h('b', null, fmtNum(c[0])), ' ' + c[1]);
    })));
    wrap.appendChild(h('details', { class: 'legend-box', open: !window.matchMedia('(max-width: 640px)').matches }, h('summary', null, 'دليل الألوان'), legend(),
      h('p', { class: 'hint' }, 'مرّر المؤشر فوق أي جزء ملوّن أو انقر عليه لعرض تفاصيله.')));
    wrap.appendChild(h('article', { class: 'doc-text', id: 'doc-text', dir: 'rtl', lang: doc.language || 'ar' }, highlightDocument(doc)));

    wrap.appendChild(section('الأحداث', renderEvents(doc), 'events'));
    wrap.appendChild(section('الادعاءات', renderDocClaims(doc), 'claims'));
    wrap.appendChild(section('الأقوال المنسوبة', renderAttributions(doc), 'attributions'));
    return wrap;
  }

  var segSpans = new WeakMap(); // segment element -> covering spans (innermost first)
  var spanEls = new Map(); // span object -> elements

  function collectSpans(doc) {
    var spans = [];
    function add(start, end, kind, data) {
      if (typeof start !== 'number' || typeof end !== 'number' || end <= start) return;
      spans.push({ start: start, end: end, kind: kind, data: data, len: end - start });
    }
    (doc.boilerplate || []).forEach(function (b) { add(b.start, b.end, 'boilerplate', b); });
    (doc.entities || []).forEach(function (e) { add(e.start, e.end, 'entity', e); });
    (doc.dates || []).forEach(function (d) { add(d.start, d.end, 'date', d); });
    (doc.quantities || []).forEach(function (q) { add(q.start, q.end, 'quantity', q); });
    (doc.durations || []).forEach(function (d) { add(d.start, d.end, 'duration', d); });
    (doc.events || []).forEach(function (ev, i) {
      if (ev.trigger) add(ev.trigger.start, ev.trigger.end, 'trigger', { event: ev, index: i });
    });
    (doc.attributions || []).forEach(function (a, i) {
      var ref = { attribution: a, index: i };
      if (a.content) add(a.content.start, a.content.end, 'content', ref);
      if (a.speaker) add(a.speaker.start, a.speaker.end, 'speaker', ref);
      if (a.cue) add(a.cue.start, a.cue.end, 'cue', ref);
      (a.via || []).forEach(function (v) { add(v.start, v.end, 'via', ref); });
    });
    return spans;
  }

  var KIND_ORDER = { entity: 0, date: 1, quantity: 2, duration: 3, speaker: 4, via: 5, cue: 6, trigger: 7, content: 8, boilerplate: 9 };

  /**
   * Splits the text at every span boundary; each piece gets the classes of all spans that cover it.
   * The covering spans are kept innermost (shortest) first: that order decides the tooltip.
   */
  function highlightDocument(doc) {
    var chars = Array.from(String(doc.text || ''));
    var n = chars.length;
    var spans = collectSpans(doc).filter(function (sp) {
      sp.start = Math.max(0, sp.start); sp.end = Math.min(n, sp.end);
      return sp.end > sp.start;
    });
    var cuts = new Set([0, n]);
    spans.forEach(function (sp) { cuts.add(sp.start); cuts.add(sp.end); });
    var points = Array.from(cuts).sort(function (a, b) { return a - b; });
    var byStart = spans.slice().sort(function (a, b) { return a.start - b.start; });
    var frag = document.createDocumentFragment();
    var active = [];
    var next = 0;
    spanEls = new Map();
    for (var i = 0; i + 1 < points.length; i++) {
      var a = points[i], b = points[i + 1];
      while (next < byStart.length && byStart[next].start <= a) { active.push(byStart[next]); next++; }
      active = active.filter(function (sp) { return sp.end > a; });
      var piece = chars.slice(a, b).join('');
      var cover = active.filter(function (sp) { return sp.start <= a && sp.end >= b; });
      if (!cover.length) { frag.appendChild(document.createTextNode(piece)); continue; }
      cover.sort(function (x, y) { return x.len - y.len || KIND_ORDER[x.kind] - KIND_ORDER[y.kind]; });
      frag.appendChild(segment(piece, cover));
    }
    return frag;
  }

  function segment(text, cover) {
    var classes = [];
    var el = document.createElement('span');
    var interactive = false;
    var seen = {};
    cover.forEach(function (sp) {
      spanEls.has(sp) ? spanEls.get(sp).push(el) : spanEls.set(sp, [el]);
      var first = !seen[sp.kind];
      seen[sp.kind] = true;
      var d = sp.data;
      switch (sp.kind) {
        case 'boilerplate':
          classes.push('bp');
          if (first) el.setAttribute('data-boilerplate', d.kind || '');
          break;
        case 'entity':
          classes.push('hl-entity', 't-' + (d.type || 'MISC'));
          if (first) {
            if (d.entity) el.setAttribute('data-entity', d.entity);
            if (d.type) el.setAttribute('data-type', d.type);
          }
          interactive = true;
          break;
        case 'date':
          classes.push('hl-date');
          if (first && d.value) el.setAttribute('data-value', d.value);
          if (first && d.grain) el.setAttribute('data-grain', d.grain);
          interactive = true;
          break;
        case 'quantity':
          classes.push('hl-quantity');
          if (first && d.value !== null && d.value !== undefined) el.setAttribute('data-quantity', String(d.value));
          if (first && d.unit) el.setAttribute('data-unit', d.unit);
          interactive = true;
          break;
        case 'duration':
          classes.push('hl-duration');
          if (first && d.value !== null && d.value !== undefined) el.setAttribute('data-duration', String(d.value) + (d.unit ? ' ' + d.unit : ''));
          interactive = true;
          break;
        case 'trigger':
          classes.push('hl-trigger');
          if (first && d.event.type) el.setAttribute('data-event', d.event.type);
          interactive = true;
          break;
        default: // speaker, cue, content, via
          classes.push('hl-' + sp.kind);
          if (first) {
            el.setAttribute('data-attribution', String(d.index));
            if (d.attribution.stance) el.setAttribute('data-stance', d.attribution.stance);
            if (sp.kind === 'speaker' && d.attribution.speaker && d.attribution.speaker.entity) el.setAttribute('data-speaker', d.attribution.speaker.entity);
          }
          interactive = true;
      }
    });
    if (interactive) {
      classes.unshift('hl');
      el.setAttribute('tabindex', '0');
      segSpans.set(el, cover);
    } else if (cover.some(function (sp) { return sp.kind === 'boilerplate'; })) {
      el.setAttribute('title', 'نص هامشي: ' + label(BOILERPLATE, cover[0].data.kind));
    }
    el.setAttribute('class', Array.from(new Set(classes)).join(' '));
    el.textContent = text;
    return el;
  }

  // ---------------------------------------------------------------- tooltip

  var tip, tipFor = null, tipPinned = false, tipHideTimer = null, activeEls = [];

  function card(title, rows, cls) {
    return h('div', { class: 'tip-card' + (cls ? ' ' + cls : '') },
      h('div', { class: 'tip-title' }, title),
      h('dl', null, rows.filter(Boolean)));
  }

  function row(term, value) {
    if (value === null || value === undefined || value === '') return null;
    return h('div', { class: 'tip-row' }, h('dt', null, term), h('dd', null, value));
  }

  function entityRefNode(ref) {
    if (!ref) return null;
    if (ref.entity && (isKnownEntity(ref.entity) || ref.entity.indexOf(':') < 0)) {
      var n = names.get(ref.entity);
      return h('span', null, entLink(ref.entity), n && n.en ? h('span', { class: 'en', dir: 'ltr' }, ' (' + n.en + ')') : null,
        ref.text && (!n || ref.text !== n.ar) ? h('span', { class: 'muted' }, ' — «' + ref.text + '»') : null);
    }
    return h('span', null, '«' + (ref.text || '') + '»', ref.affiliation ? h('span', { class: 'muted' }, ' (', maybeEntity(ref.affiliation), ')') : null);
  }

  function tipCards(cover) {
    var cards = [];
    var seenAttr = {};
    cover.forEach(function (sp) {
      var d = sp.data;
      switch (sp.kind) {
        case 'entity':
          cards.push(card(['كيان: ', label(ENTITY_TYPES, d.type)], [
            row('الاسم', d.entity ? h('span', null, entLink(d.entity, d.canonical_ar || d.canonical || d.text)) : d.text),
            row('بالإنجليزية', d.canonical ? h('span', { dir: 'ltr', class: 'en' }, d.canonical) : null),
            row('كما ورد', d.text),
            row('الصفة', d.role ? h('span', null, d.role, d.role_country ? h('span', { class: 'muted' }, ' (', maybeEntity(d.role_country), ')') : null) : null),
            d.canonical ? null : row('ملاحظة', 'كيان لم يُربط بهوية معروفة')
          ], 'k-entity'));
          break;
        case 'date':
          cards.push(card('تاريخ', [
            row('النص', d.text),
            row('القيمة', d.value ? h('span', null, h('code', { dir: 'ltr' }, d.value), ' — ' + fmtDate(d.value)) : 'لم تُحدَّد'),
            row('الدقة', d.grain ? label(GRAINS, d.grain) : null),
            row('نسبي', d.relative ? 'نعم، حُسب من تاريخ النشر' : 'لا')
          ], 'k-date'));
          break;
        case 'quantity':
          cards.push(card('كمية', [
            row('النص', d.text),
            row('القيمة', d.value === null || d.value === undefined ? 'غير محددة'
              : fmtNum(d.value) + (d.value_max !== null && d.value_max !== undefined ? ' – ' + fmtNum(d.value_max) : '')),
            row('الوحدة', d.unit ? d.unit + (d.unit_lemma && d.unit_lemma !== d.unit ? ' (' + d.unit_lemma + ')' : '') : 'بلا وحدة'),
            row('التقدير', d.qualifier ? label(QUALIFIERS, d.qualifier) : null),
            row('لكل', d.per || null)
          ], 'k-quantity'));
          break;
        case 'duration':
          cards.push(card('مدة', [row('النص', d.text), row('القيمة', fmtNum(d.value)), row('الوحدة', label(GRAINS, d.unit))], 'k-quantity'));
          break;
        case 'trigger':
          var ev = d.event;
          cards.push(card(['حدث: ', label(EVENT_TYPES, ev.type)], [
            row('الكلمة', ev.trigger && ev.trigger.text),
            row('الأطراف', (ev.participants || []).length ? joinNodes((ev.participants || []).map(maybeEntity), '، ') : null),
            row('المكان', ev.place ? maybeEntity(ev.place) : null),
            row('التاريخ', ev.date ? fmtDate(ev.date) : null)
          ], 'k-trigger'));
          break;
        case 'boilerplate':
          cards.push(card('نص هامشي', [row('النوع', label(BOILERPLATE, d.kind))], 'k-bp'));
          break;
        default:
          if (seenAttr[d.index]) return;
          seenAttr[d.index] = true;
          cards.push(attributionCard(d.attribution, sp.kind));
      }
    });
    return cards.slice(0, 4);
  }

  function joinNodes(nodes, sep) {
    var out = [];
    nodes.forEach(function (n, i) { if (i) out.push(sep); out.push(n); });
    return h('span', null, out);
  }

  var PART_NAMES = { speaker: 'المتحدث', cue: 'فعل القول', content: 'مضمون القول', via: 'الناقل' };

  function attributionCard(a, part) {
    return card(['قول منسوب', h('span', { class: 'muted' }, ' — هذا الجزء: ' + PART_NAMES[part])], [
      row('المتحدث', a.speaker ? entityRefNode(a.speaker) : 'غير معروف'),
      row('الموقف', stanceBadge(a.stance)),
      row('الصيغة', a.direct ? 'اقتباس مباشر' : 'نقل غير مباشر'),
      row('فعل القول', a.cue ? a.cue.text : null),
      row('سلسلة النقل', (a.via || []).length
        ? joinNodes(a.via.map(entityRefNode), ' ← ')
        : 'مباشرة من المتحدث'),
      row('المضمون', a.content ? '«' + truncate(a.content.text, 160) + '»' : null)
    ], 'k-attribution' + (a.stance === 'deny' ? ' deny' : ''));
  }

  function showTip(el, ev, pin) {
    var cover = segSpans.get(el);
    if (!cover) return;
    clearTimeout(tipHideTimer);
    if (tipFor === el && tip.hidden === false) { if (pin) tipPinned = true; return; }
    clearActive();
    tipFor = el;
    tipPinned = !!pin;
    tip.replaceChildren();
    append(tip, [h('button', { type: 'button', class: 'tip-close', 'aria-label': 'إغلاق' }, '×'), tipCards(cover)]);
    tip.hidden = false;
    el.setAttribute('aria-describedby', 'tip');
    // Light up every piece of the spans this tooltip talks about.
    cover.forEach(function (sp) {
      if (sp.kind === 'boilerplate') return;
      (spanEls.get(sp) || []).forEach(function (x) { x.classList.add('hl-active'); activeEls.push(x); });
    });
    placeTip(el, ev);
  }

  function clearActive() {
    activeEls.forEach(function (x) { x.classList.remove('hl-active'); });
    activeEls = [];
  }

  function placeTip(el, ev) {
    if (window.matchMedia('(max-width: 640px)').matches) {
      tip.classList.add('sheet');
      tip.style.top = ''; tip.style.left = '';
      return;
    }
    tip.classList.remove('sheet');
    var rects = Array.from(el.getClientRects());
    var r = rects[0] || el.getBoundingClientRect();
    if (ev && typeof ev.clientY === 'number' && rects.length > 1) {
      rects.forEach(function (c) { if (ev.clientY >= c.top && ev.clientY <= c.bottom) r = c; });
    }
    var tw = tip.offsetWidth, th = tip.offsetHeight;
    var vw = document.documentElement.clientWidth, vh = window.innerHeight;
    var left = r.left + r.width / 2 - tw / 2;
    left = Math.max(8, Math.min(left, vw - tw - 8));
    var top = r.bottom + 8;
    if (top + th > vh - 8 && r.top - th - 8 > 8) top = r.top - th - 8;
    tip.style.left = (left + window.scrollX) + 'px';
    tip.style.top = (top + window.scrollY) + 'px';
  }

  function hideTip(force) {
    if (!tip) return;
    if (tipPinned && !force) return;
    tip.hidden = true;
    tipPinned = false;
    if (tipFor) tipFor.removeAttribute('aria-describedby');
    tipFor = null;
    clearActive();
  }

  function hlFrom(target) {
    return target && target.closest ? target.closest('.hl') : null;
  }

  function installTooltip() {
    tip = document.getElementById('tip');
    document.addEventListener('mouseover', function (ev) {
      var el = hlFrom(ev.target);
      if (el && !tipPinned) showTip(el, ev, false);
      else if (tip.contains(ev.target)) clearTimeout(tipHideTimer);
    });
    document.addEventListener('mouseout', function (ev) {
      var el = hlFrom(ev.target);
      if ((el || tip.contains(ev.target)) && !tipPinned) {
        var to = ev.relatedTarget;
        if (to && (tip.contains(to) || hlFrom(to) === tipFor)) return;
        clearTimeout(tipHideTimer);
        tipHideTimer = setTimeout(function () { hideTip(false); }, 300);
      }
    });
    document.addEventListener('click', function (ev) {
      if (ev.target.closest && ev.target.closest('.tip-close')) { hideTip(true); return; }
      if (tip.contains(ev.target)) return;
      var el = hlFrom(ev.target);
      if (el) {
        if (tipFor === el && tipPinned) { hideTip(true); return; }
        showTip(el, ev, true);
        return;
      }
      hideTip(true);
    });
    document.addEventListener('focusin', function (ev) {
      // Keyboard focus shows the details; a mouse click focuses first, so focus never pins (the click does).
      var el = hlFrom(ev.target);
      if (el && tipFor !== el) { tipPinned = false; showTip(el, null, false); }
    });
    document.addEventListener('keydown', function (ev) {
      if (ev.key === 'Escape' && !tip.hidden) {
        var back = tipFor;
        hideTip(true);
        if (back) back.focus();
      } else if ((ev.key === 'Enter' || ev.key === ' ') && hlFrom(ev.target) === ev.target) {
        ev.preventDefault();
        var first = tip.querySelector('a');
        if (first && !tip.hidden) first.focus();
      }
    });
    window.addEventListener('resize', function () { if (!tip.hidden && tipFor) placeTip(tipFor, null); });
  }

  // ---------------------------------------------------------------- document lists

  function renderEvents(doc) {
    var evs = doc.events || [];
    if (!evs.length) return emptyNote('لم تُستخرج أحداث من هذا النص.');
    var ul = h('ul', { class: 'event-list' });
    evs.forEach(function (ev) {
      ul.appendChild(h('li', { class: 'event-item' },
        badge(label(EVENT_TYPES, ev.type), 'ev-' + ev.type),
        ev.trigger ? h('q', null, ev.trigger.text) : null,
        (ev.participants || []).length ? h('span', null, ' — ', joinNodes(ev.participants.map(maybeEntity), '، ')) : null,
        ev.place ? h('span', null, ' — في ', maybeEntity(ev.place)) : null,
        ev.date ? h('span', { class: 'muted' }, ' — ' + fmtDate(ev.date)) : null));
    });
    return ul;
  }

  function claimValue(c) {
    if (c.value === null || c.value === undefined) return null;
    var q = c.qualifier && c.qualifier !== 'exact' ? label(QUALIFIERS, c.qualifier) + ' ' : '';
    var v = fmtNum(c.value) + (c.value_max !== null && c.value_max !== undefined ? ' – ' + fmtNum(c.value_max) : '');
    return q + v;
  }

  function renderDocClaims(doc) {
    var cl = doc.claims || [];
    if (!cl.length) return emptyNote('لا ادعاءات قابلة للمقارنة في هذا النص.');
    var ul = h('ul', { class: 'claim-list' });
    cl.forEach(function (c) {
      var v = claimValue(c);
      ul.appendChild(h('li', { class: 'claim-item' },
        h('div', null, stanceBadge(c.stance), ' ', maybeEntity(c.subject), ' ', h('b', null, label(EVENT_TYPES, c.predicate)), ' ',
          v ? h('span', { class: 'value' }, v + ' ') : null, maybeEntity(c.object),
          c.recipient && c.recipient !== c.object ? h('span', null, ' ← ', maybeEntity(c.recipient)) : null),
        h('div', { class: 'muted' },
          c.source ? h('span', null, 'المصدر: ', maybeEntity(c.source)) : null,
          c.date ? h('span', null, ' — ' + fmtDate(c.date)) : null,
          c.key ? h('span', null, ' — ', h('a', { href: hashFor('claims', { entity: c.subject && c.subject !== '-' ? c.subject : null }) }, 'في سجل الادعاءات')) : null),
        c.evidence ? h('blockquote', { dir: 'auto' }, c.evidence.text) : null));
    });
    return ul;
  }

  function renderAttributions(doc) {
    var at = doc.attributions || [];
    if (!at.length) return emptyNote('لا أقوال منسوبة في هذا النص.');
    var ul = h('ul', { class: 'attr-list' });
    at.forEach(function (a) {
      ul.appendChild(h('li', { class: 'attr-item' + (a.stance === 'deny' ? ' deny' : '') },
        h('div', null, stanceBadge(a.stance), ' ', a.speaker ? entityRefNode(a.speaker) : h('span', { class: 'muted' }, 'متحدث غير معروف'),
          a.cue ? h('span', { class: 'muted' }, ' — ' + a.cue.text) : null,
          (a.via || []).length ? h('span', { class: 'muted' }, ' — عبر ', joinNodes(a.via.map(entityRefNode), ' ← ')) : null),
        a.content ? h('blockquote', { dir: 'auto' }, a.content.text) : null));
    });
    return ul;
  }

  // ---------------------------------------------------------------- entity list & profile

  function viewEntities(ctx) {
    setTitle('الكيانات');
    var p = ctx.params;
    var q = h('input', { type: 'search', name: 'q', value: p.get('q') || '', placeholder: 'اسم أو تهجئة', dir: 'auto' });
    var type = h('select', { name: 'type' }, h('option', { value: '' }, 'كل الأنواع'),
      Object.keys(ENTITY_TYPES).map(function (k) { return h('option', { value: k, selected: p.get('type') === k }, ENTITY_TYPES[k]); }));
    var form = h('form', { class: 'toolbar' }, field('بحث', q), field('النوع', type), h('button', { type: 'submit', class: 'primary' }, 'عرض'));
    form.addEventListener('submit', function (ev) { ev.preventDefault(); go(hashFor('entities', { q: q.value.trim(), type: type.value })); });
    var out = h('div');
    main.appendChild(h('h1', null, 'الكيانات'));
    main.appendChild(form);
    main.appendChild(out);
    var page = pageParam(p);
    load(ctx, out, api('/api/entities', { q: p.get('q'), type: p.get('type'), page: page, per_page: 50 }), function (data) {
      out.appendChild(h('p', { class: 'result-count' }, 'عدد الكيانات: ' + fmtNum(data.total || 0)));
      if (!data.items || !data.items.length) { out.appendChild(emptyNote('لا كيانات مطابقة.')); return; }
      var table = h('table', { class: 'table' },
        h('thead', null, h('tr', null, h('th', null, 'الاسم'), h('th', null, 'النوع'), h('th', null, 'الإشارات'), h('th', null, 'الوثائق'), h('th', { class: 'hide-narrow' }, 'تهجئات'))),
        h('tbody', null, data.items.map(function (e) {
          remember(e);
          return h('tr', null,
            h('td', null, entLink(e.entity, e.canonical_ar || e.canonical || e.entity), e.canonical ? h('div', { class: 'en muted', dir: 'ltr' }, e.canonical) : null),
            h('td', null, typeBadge(e.type)),
            h('td', { class: 'num' }, fmtNum(e.mentions)),
            h('td', { class: 'num' }, fmtNum(e.documents)),
            h('td', { class: 'hide-narrow' }, (e.aliases || []).slice(0, 5).join('، ')));
        })));
      out.appendChild(h('div', { class: 'table-wrap' }, table));
      out.appendChild(pager(data.page, data.per_page, data.total, function (n) {
        return hashFor('entities', { q: p.get('q'), type: p.get('type'), page: n });
      }));
    });
  }

  function viewEntity(ctx) {
    var id = ctx.arg;
    setTitle('كيان');
    var holder = h('div', { class: 'entity-holder' });
    main.appendChild(holder);
    var enc = encodeURIComponent(id);
    var profile = api('/api/entities/' + enc);
    var timeline = api('/api/timeline', { entity: id, per_page: 100 }).catch(function (e) { return { error: e }; });
    var graph = api('/api/graph', { entity: id, depth: 1, limit: 2000 }).catch(function (e) { return { error: e }; });
    load(ctx, holder, Promise.all([profile, timeline, graph]), function (res) {
      var e = res[0], tl = res[1], g = res[2];
      remember(e);
      (e.co_occurring || []).forEach(remember);
      (g.nodes || []).forEach(remember);
      var title = e.canonical_ar || e.canonical || e.entity;
      setTitle(title);
      holder.appendChild(h('header', { class: 'entity-header' },
        h('p', { class: 'crumbs' }, h('a', { href: '#/entities' }, 'الكيانات'), ' / ', label(ENTITY_TYPES, e.type)),
        h('h1', { class: 'entity-name', dir: 'auto' }, title),
        e.canonical ? h('p', { class: 'entity-en', dir: 'ltr', lang: 'en' }, e.canonical) : null,
        h('p', { class: 'entity-facts' }, typeBadge(e.type),
          h('span', null, h('b', null, fmtNum(e.mentions || 0)), ' إشارة'),
          h('span', null, h('b', null, fmtNum(e.documents || 0)), ' وثيقة'),
          h('span', null, h('b', null, fmtNum(e.statement_count || 0)), ' قولًا منسوبًا'),
          h('code', { dir: 'ltr' }, e.entity)),
        h('p', { class: 'entity-actions' },
          h('a', { class: 'button', href: hashFor('search', { entity: e.entity }) }, 'الوثائق التي تذكره'),
          h('a', { class: 'button', href: hashFor('claims', { entity: e.entity }) }, 'الادعاءات'),
          h('a', { class: 'button', href: hashFor('timeline', { entity: e.entity }) }, 'الخط الزمني'),
          h('a', { class: 'button', href: hashFor('graph', { entity: e.entity }) }, 'الشبكة'))));

      var grid = h('div', { class: 'entity-grid' });
      holder.appendChild(grid);

      var aliases = e.aliases || [];
      grid.appendChild(section('التهجئات الواردة', aliases.length
        ? h('ul', { class: 'chips aliases' }, aliases.map(function (a) {
          var text = typeof a === 'string' ? a : a.alias;
          return h('li', null, h('a', { href: hashFor('search', { q: '"' + text + '"' }) }, text), typeof a === 'object' && a.count ? h('span', { class: 'count-pill' }, fmtNum(a.count)) : null);
        }))
        : emptyNote('لا تهجئات مسجّلة.'), 'aliases-panel'));

      var roles = e.roles || [];
      grid.appendChild(section('الصفات', roles.length
        ? h('ul', { class: 'plain' }, roles.map(function (r) {
          return h('li', null, r.role, r.role_country ? h('span', { class: 'muted' }, ' (', maybeEntity(r.role_country), ')') : null, r.count ? h('span', { class: 'count-pill' }, fmtNum(r.count)) : null);
        }))
        : emptyNote('لم تُذكر له صفات.'), 'roles-panel'));

      grid.appendChild(section('العلاقات', relations(e, g), 'relations-panel'));

      var docs = e.newest_documents || e.documents_list || [];
      grid.appendChild(section('الوثائق', docs.length
        ? h('ul', { class: 'doc-list' }, docs.map(function (d) {
          return h('li', null, docLink(d.document, d.title || d.document),
            h('div', { class: 'muted' }, d.outlet ? h('span', { dir: 'auto' }, d.outlet) : null, d.published ? ' — ' + fmtDate(d.published) : null));
        }))
        : emptyNote('لا وثائق.'), 'docs-panel'));

      holder.appendChild(section('الخط الزمني والأقوال', entityTimeline(e, tl), 'entity-timeline'));
    });
  }

  var RELATION_TITLES = {
    meeting: 'التقى', visit: 'زيارات', agreement: 'اتفاقات', transfer: 'نقل وتسليم', deployment: 'نشر قوات',
    statement: 'تصريحات', 'says-about': 'تحدّث عن / تحدّث عنه', denies: 'نفي وتكذيب',
    supports: 'تأييد ودعم', accuses: 'اتهامات'
  };

  function relations(e, g) {
    var box = h('div', { class: 'relations' });
    if (g && !g.error) {
      var groups = {};
      (g.edges || []).forEach(function (ed) {
        if (ed.kind === 'co-mention') return;
        var other = ed.source === e.entity ? ed.target : ed.target === e.entity ? ed.source : null;
        if (!other) return;
        var key = ed.kind;
        (groups[key] = groups[key] || []).push({ other: other, edge: ed, outgoing: ed.source === e.entity });
      });
      Object.keys(groups).forEach(function (k) {
        box.appendChild(h('h3', null, label(RELATION_TITLES, k) || label(EDGE_KINDS, k)));
        box.appendChild(h('ul', { class: 'chips' }, groups[k].map(function (x) {
          return h('li', { class: 'rel rel-' + k },
            x.edge.directed ? h('span', { class: 'muted' }, x.outgoing ? '← ' : '→ ') : null,
            entLink(x.other), h('span', { class: 'count-pill', title: 'عدد الوثائق' }, fmtNum(x.edge.weight)));
        })));
      });
    }
    var co = e.co_occurring || [];
    if (co.length) {
      box.appendChild(h('h3', null, 'يُذكر معه'));
      box.appendChild(h('ul', { class: 'chips' }, co.slice(0, 20).map(function (c) {
        return h('li', null, entLink(c.entity, c.canonical_ar || c.canonical || c.entity), h('span', { class: 'count-pill', title: 'عدد الوثائق المشتركة' }, fmtNum(c.documents)));
      })));
    }
    if (!box.childNodes.length) box.appendChild(emptyNote('لا علاقات مسجّلة.'));
    return box;
  }

  function entityTimeline(e, tl) {
    var items = [];
    if (tl && !tl.error) (tl.items || []).forEach(function (it) { items.push({ date: it.date, t: dateTime(it.date), kind: it.kind, item: it }); });
    else if (e.timeline) e.timeline.forEach(function (it) { items.push({ date: it.date, t: dateTime(it.date), kind: it.kind, item: it }); });
    (e.statements || []).forEach(function (st) { items.push({ date: st.published, t: dateTime(st.published), kind: 'statement', item: st }); });
    if (!items.length) return emptyNote('لا أحداث ولا أقوال مؤرّخة.');
    items.sort(function (a, b) { return (a.t === null ? Infinity : a.t) - (b.t === null ? Infinity : b.t); });
    return axisList(items);
  }

  // ---------------------------------------------------------------- timeline

  function viewTimeline(ctx) {
    setTitle('الخط الزمني');
    var p = ctx.params;
    var ent = entityInput('entity', p.get('entity'));
    var from = h('input', { type: 'text', name: 'from', value: p.get('from') || '', placeholder: '2023', dir: 'ltr' });
    var to = h('input', { type: 'text', name: 'to', value: p.get('to') || '', placeholder: '2025-12', dir: 'ltr' });
    var form = h('form', { class: 'toolbar' }, field('الكيان', ent, 'grow'), field('من', from), field('إلى', to),
      h('button', { type: 'submit', class: 'primary' }, 'عرض'),
      p.get('entity') ? h('a', { class: 'button', href: '#/timeline' }, 'الكل') : null);
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      resolveEntity(ent.value).then(function (id) { go(hashFor('timeline', { entity: id, from: from.value.trim(), to: to.value.trim() })); });
    });
    var out = h('div');
    main.appendChild(h('h1', null, 'الخط الزمني', p.get('entity') ? h('span', { class: 'sub' }, ' — ', entLink(p.get('entity'))) : null));
    main.appendChild(form);
    main.appendChild(out);
    var page = pageParam(p);
    load(ctx, out, api('/api/timeline', { entity: p.get('entity'), from: p.get('from'), to: p.get('to'), page: page, per_page: 100 }), function (data) {
      out.appendChild(h('p', { class: 'result-count' }, 'عدد العناصر: ' + fmtNum(data.total || 0)));
      var items = (data.items || []).map(function (it) { return { date: it.date, t: dateTime(it.date), kind: it.kind, item: it }; });
      if (!items.length) { out.appendChild(emptyNote('لا أحداث ولا ادعاءات في هذا النطاق.')); return; }
      out.appendChild(axisList(items));
      out.appendChild(pager(data.page, data.per_page, data.total, function (n) {
        return hashFor('timeline', { entity: p.get('entity'), from: p.get('from'), to: p.get('to'), page: n });
      }));
    });
  }

  /** A vertical time axis: year markers, month headers, one dot per item. */
  function axisList(items) {
    var axis = h('div', { class: 'axis' });
    var lastYear = null, lastMonth = null, list = null;
    items.forEach(function (x) {
      var m = /^(\d{4})(?:-(\d{2}))?/.exec(x.date || '');
      var year = m ? m[1] : 'بلا تاريخ';
      var month = m && m[2] ? m[2] : '';
      if (year !== lastYear) {
        axis.appendChild(h('div', { class: 'axis-year' }, h('span', null, year)));
        lastYear = year; lastMonth = null;
      }
      if (month !== lastMonth) {
        axis.appendChild(h('div', { class: 'axis-month' }, month ? label(MONTHS, Number(month) - 1) + ' ' + year : 'خلال ' + year));
        list = h('ul', { class: 'axis-items' });
        axis.appendChild(list);
        lastMonth = month;
      }
      list.appendChild(axisItem(x));
    });
    return axis;
  }

  function claimWhat(what) {
    var parts = String(what || '').split('|');
    if (parts.length !== 3) return h('span', null, String(what || ''));
    return h('span', null, maybeEntity(parts[0]), ' ', h('b', null, label(EVENT_TYPES, parts[1])), ' ', maybeEntity(parts[2]));
  }

  function axisItem(x) {
    var it = x.item;
    if (x.kind === 'statement') {
      return h('li', { class: 'axis-item k-statement' + (it.stance === 'deny' ? ' deny' : '') },
        h('div', { class: 'axis-head' }, h('time', null, fmtDate(x.date) || 'بلا تاريخ'), badge('قول', 'kind-statement'), stanceBadge(it.stance),
          it.cue ? h('span', { class: 'muted' }, it.cue) : null),
        h('blockquote', { dir: 'auto' }, it.content || ''),
        h('div', { class: 'muted' }, (it.via || []).length ? h('span', null, 'عبر ', joinNodes(it.via.map(maybeEntity), ' ← '), ' — ') : null,
          it.document ? docLink(it.document, 'الوثيقة') : null));
    }
    var isClaim = x.kind === 'claim';
    return h('li', { class: 'axis-item ' + (isClaim ? 'k-claim' : 'k-event') },
      h('div', { class: 'axis-head' }, h('time', { datetime: x.date || null }, fmtDate(x.date) || 'بلا تاريخ'),
        badge(isClaim ? 'ادعاء' : 'حدث', isClaim ? 'kind-claim' : 'kind-event'),
        isClaim ? claimWhat(it.what) : h('b', null, label(EVENT_TYPES, it.what))),
      (it.participants || []).length ? h('div', null, 'الأطراف: ', joinNodes(it.participants.map(maybeEntity), '، ')) : null,
      h('div', { class: 'muted' },
        (it.sources || []).length ? h('span', null, 'المصادر: ', joinNodes(it.sources.map(function (x2) { return isKnownEntity(x2) ? entLink(x2) : h('span', { dir: 'auto' }, x2); }), '، '), ' — ') : null,
        (it.documents || []).length ? joinNodes(it.documents.map(function (d, i) { return docLink(d, 'وثيقة ' + (i + 1)); }), ' · ') : null));
  }

  // ---------------------------------------------------------------- claims ledger

  function viewClaims(ctx) {
    setTitle('سجل الادعاءات');
    var p = ctx.params;
    var ent = entityInput('entity', p.get('entity'));
    var form = h('form', { class: 'toolbar' }, field('الكيان', ent, 'grow'), h('button', { type: 'submit', class: 'primary' }, 'عرض'),
      p.get('entity') ? h('a', { class: 'button', href: '#/claims' }, 'كل الادعاءات') : null);
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      resolveEntity(ent.value).then(function (id) { go(hashFor('claims', { entity: id })); });
    });
    var out = h('div');
    main.appendChild(h('h1', null, 'سجل الادعاءات', p.get('entity') ? h('span', { class: 'sub' }, ' — ', entLink(p.get('entity'))) : null));
    main.appendChild(h('p', { class: 'intro' }, 'يجمع السجل التقارير التي تنقل الادعاء نفسه، ويعدّ مصادره وأصوله المستقلة (النسخ المكررة من برقية واحدة تُحسب أصلًا واحدًا)، ويعرض النفي وتطوّر الأرقام مع الزمن.'));
    main.appendChild(form);
    main.appendChild(out);
    var page = pageParam(p);
    load(ctx, out, api('/api/claims', { entity: p.get('entity'), page: page, per_page: 20 }), function (data) {
      out.appendChild(h('p', { class: 'result-count' }, 'عدد الادعاءات: ' + fmtNum(data.total || 0)));
      if (!data.items || !data.items.length) { out.appendChild(emptyNote('لا ادعاءات مسجّلة.')); return; }
      var list = h('div', { class: 'claim-clusters' });
      data.items.forEach(function (c) { list.appendChild(claimCluster(c)); });
      out.appendChild(list);
      out.appendChild(pager(data.page, data.per_page, data.total, function (n) { return hashFor('claims', { entity: p.get('entity'), page: n }); }));
    });
  }

  function claimCluster(c) {
    var claims = c.claims || [];
    var sources = c.sources || [];
    var denials = c.denials || 0;
    var card = h('article', { class: 'cluster' + (denials ? ' has-denials' : '') },
      h('h2', { class: 'cluster-title' }, maybeEntity(c.subject), ' ', h('span', { class: 'predicate' }, label(EVENT_TYPES, c.predicate)), ' ', maybeEntity(c.object)),
      h('p', { class: 'cluster-stats' },
        h('span', { class: 'stat' }, h('b', null, fmtNum(claims.length)), ' تقارير'),
        h('span', { class: 'stat' }, h('b', null, fmtNum(sources.length)), ' مصادر'),
        h('span', { class: 'stat' }, h('b', null, fmtNum(c.corroborations || 0)), ' أصول مستقلة'),
        h('span', { class: 'stat' + (denials ? ' deny' : '') }, h('b', null, fmtNum(denials)), ' نفي')),
      sources.length ? h('p', { class: 'cluster-sources' }, 'المصادر: ', joinNodes(sources.map(function (x) { return isKnownEntity(x) ? entLink(x) : h('span', { dir: 'auto' }, x); }), '، ')) : null);
    var chart = valuesChart(c.values || []);
    if (chart) card.appendChild(chart);
    var ul = h('ul', { class: 'reports' });
    claims.forEach(function (r) {
      var v = claimValue(r);
      ul.appendChild(h('li', { class: 'report' + (r.stance === 'deny' ? ' deny' : '') },
        h('div', { class: 'report-head' }, stanceBadge(r.stance),
          v ? h('span', { class: 'value' }, v) : null,
          r.date ? h('span', null, fmtDate(r.date)) : null,
          r.outlet ? h('span', { dir: 'auto', class: 'outlet' }, r.outlet) : null,
          r.source ? h('span', null, 'المصدر: ', maybeEntity(r.source)) : null,
          (r.via || []).length ? h('span', null, 'عبر ', joinNodes(r.via.map(maybeEntity), ' ← ')) : null,
          r.copies > 1 ? h('span', { class: 'muted', title: 'عدد النسخ المتطابقة من هذا التقرير' }, fmtNum(r.copies) + ' نسخ') : null),
        r.evidence ? h('blockquote', { dir: 'auto' }, typeof r.evidence === 'string' ? r.evidence : r.evidence.text) : null,
        r.document ? h('p', { class: 'report-doc' }, docLink(r.document, 'فتح الوثيقة'), r.published ? h('span', { class: 'muted' }, ' — نُشرت ' + fmtDate(r.published)) : null) : null));
    });
    card.appendChild(ul);
    return card;
  }

  /** Values over time as a small SVG chart; undated values are listed under it. */
  function valuesChart(values) {
    var pts = values.filter(function (v) { return typeof v.value === 'number'; });
    if (!pts.length) return null;
    var dated = pts.filter(function (v) { return dateTime(v.date) !== null; })
      .map(function (v) { return { v: v, t: dateTime(v.date) }; })
      .sort(function (a, b) { return a.t - b.t; });
    var undated = pts.filter(function (v) { return dateTime(v.date) === null; });
    var W = 480, H = 150, L = 54, R = 16, T = 14, B = 30;
    var all = dated.length ? dated : undated.map(function (v, i) { return { v: v, t: i }; });
    var maxV = 0;
    all.forEach(function (p) { maxV = Math.max(maxV, p.v.value, typeof p.v.value_max === 'number' ? p.v.value_max : 0); });
    if (maxV <= 0) maxV = 1;
    var niceMax = niceCeil(maxV * 1.1);
    var t0 = all[0].t, t1 = all[all.length - 1].t;
    function x(t) { return t1 === t0 ? (L + (W - R)) / 2 : L + (t - t0) / (t1 - t0) * (W - L - R); }
    function y(v) { return T + (1 - v / niceMax) * (H - T - B); }
    var svg = s('svg', { class: 'chart', viewBox: '0 0 ' + W + ' ' + H, role: 'img', 'aria-label': 'تطوّر القيم المبلّغ عنها مع الزمن', direction: 'ltr' });
    [0, 0.5, 1].forEach(function (f) {
      var v = niceMax * f;
      svg.appendChild(s('line', { x1: L, x2: W - R, y1: y(v), y2: y(v), class: 'grid' }));
      svg.appendChild(s('text', { x: L - 6, y: y(v) + 4, 'text-anchor': 'end', class: 'tick' }, fmtCompact(v)));
    });
    svg.appendChild(s('line', { x1: L, x2: W - R, y1: H - B, y2: H - B, class: 'axis-line' }));
    if (all.length > 1) {
      var d = all.map(function (p, i) { return (i ? 'L' : 'M') + x(p.t).toFixed(1) + ' ' + y(p.v.value).toFixed(1); }).join(' ');
      svg.appendChild(s('path', { d: d, class: 'series' }));
    }
    all.forEach(function (p) {
      var cx = x(p.t), cy = y(p.v.value);
      if (typeof p.v.value_max === 'number') svg.appendChild(s('line', { x1: cx, x2: cx, y1: cy, y2: y(p.v.value_max), class: 'range' }));
      svg.appendChild(s('circle', { cx: cx, cy: cy, r: 5, class: 'point' },
        s('title', null, fmtNum(p.v.value) + (p.v.date ? ' — ' + fmtDate(p.v.date) : '') + (p.v.source ? ' — ' + entName(p.v.source) : ''))));
    });
    var labels = dated.length ? [all[0], all[all.length - 1]] : [];
    if (labels.length === 2 && labels[0] === labels[1]) labels = [labels[0]];
    labels.forEach(function (p, i) {
      svg.appendChild(s('text', { x: x(p.t), y: H - 10, 'text-anchor': labels.length === 1 ? 'middle' : (i === 0 ? 'start' : 'end'), class: 'tick' }, shortDate(p.v.date)));
    });
    var fig = h('figure', { class: 'chart-box' }, svg,
      h('figcaption', null, 'القيم مع الزمن' + (dated.length ? '' : ' (بلا تواريخ؛ بترتيب ورودها)'),
        dated.length && undated.length ? h('span', { class: 'muted' }, ' — قيم بلا تاريخ: ' + undated.map(function (v) { return fmtNum(v.value); }).join('، ')) : null));
    return fig;
  }

  function shortDate(d) { var m = /^(\d{4}(?:-\d{2})?(?:-\d{2})?)/.exec(d || ''); return m ? m[1] : String(d || ''); }

  function niceCeil(v) {
    var p = Math.pow(10, Math.floor(Math.log10(v)));
    var m = v / p;
    var n = m <= 1 ? 1 : m <= 2 ? 2 : m <= 2.5 ? 2.5 : m <= 5 ? 5 : 10;
    return n * p;
  }

  function fmtCompact(v) {
    if (v >= 1e6) return fmtNum(v / 1e6) + 'M';
    if (v >= 1e3) return fmtNum(v / 1e3) + 'k';
    return fmtNum(v);
  }

  // ---------------------------------------------------------------- graph

  function viewGraph(ctx) {
    setTitle('شبكة الكيانات');
    var p = ctx.params;
    var ent = entityInput('entity', p.get('entity'), 'كيان في المركز (فارغ: الشبكة كلها)');
    var depth = h('select', { name: 'depth' }, [1, 2, 3].map(function (d) {
      return h('option', { value: String(d), selected: String(d) === (p.get('depth') || '1') }, String(d));
    }));
    var minW = h('input', { type: 'number', name: 'min_weight', min: '1', value: p.get('min_weight') || '1', dir: 'ltr' });
    var limit = h('input', { type: 'number', name: 'limit', min: '1', max: '2000', value: p.get('limit') || '200', dir: 'ltr' });
    var coMode = p.get('co') || (p.get('entity') ? 'center' : 'all');
    var co = h('select', { name: 'co' }, [['center', 'مع المركز فقط'], ['all', 'كلها'], ['none', 'بلا']].map(function (o) {
      return h('option', { value: o[0], selected: o[0] === coMode }, o[1]);
    }));
    var form = h('form', { class: 'graph-form' },
      h('div', { class: 'toolbar' }, field('المركز', ent, 'grow'), field('العمق', depth), h('button', { type: 'submit', class: 'primary' }, 'ارسم')),
      h('details', { class: 'filters' }, h('summary', null, 'خيارات الرسم'),
        h('div', { class: 'toolbar' }, field('أدنى وزن للعلاقة', minW), field('أقصى عدد للعلاقات', limit), field('علاقات الذِكر المشترك', co))));
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      resolveEntity(ent.value).then(function (id) {
        go(hashFor('graph', { entity: id, depth: depth.value, min_weight: minW.value, limit: limit.value, co: co.value }));
      });
    });
    co.addEventListener('change', function () { form.requestSubmit(); });
    var out = h('div', { class: 'graph-out' });
    main.appendChild(h('h1', null, 'شبكة الكيانات', p.get('entity') ? h('span', { class: 'sub' }, ' — ', entLink(p.get('entity'))) : null));
    main.appendChild(form);
    main.appendChild(out);
    load(ctx, out, api('/api/graph', { entity: p.get('entity'), depth: p.get('depth') || 1, min_weight: p.get('min_weight'), limit: p.get('limit') || 200 }), function (g) {
      (g.nodes || []).forEach(remember);
      var center = g.entity || null;
      var mode = center ? coMode : (coMode === 'center' ? 'all' : coMode);
      // Co-mention edges outnumber the typed relations many times over; by default only the
      // centre's own co-mentions are drawn, and nodes left without any edge are dropped.
      var edges = (g.edges || []).filter(function (e) {
        if (e.kind !== 'co-mention') return true;
        if (mode === 'none') return false;
        if (mode === 'center') return e.source === center || e.target === center;
        return true;
      });
      var linked = new Set([center]);
      edges.forEach(function (e) { linked.add(e.source); linked.add(e.target); });
      var nodes = (g.nodes || []).filter(function (n) { return linked.has(n.entity); });
      if (!nodes.length) { out.appendChild(emptyNote('لا عقد في هذه الشبكة.')); return; }
      out.appendChild(h('p', { class: 'result-count' }, fmtNum(nodes.length) + ' كيانًا و' + fmtNum(edges.length) + ' علاقة' +
        (nodes.length < (g.nodes || []).length ? ' (من ' + fmtNum(g.nodes.length) + ' كيانًا أعادها الخادم)' : '') + '. انقر على أي كيان لفتح صفحته.'));
      out.appendChild(graphLegend(nodes, edges));
      out.appendChild(drawGraph(nodes, edges, center));
    });
  }

  function graphLegend(nodes, edges) {
    var kinds = {};
    edges.forEach(function (e) { kinds[e.kind] = (kinds[e.kind] || 0) + 1; });
    var types = {};
    nodes.forEach(function (n) { types[n.type || 'MISC'] = true; });
    return h('div', { class: 'graph-legend' },
      h('ul', { class: 'legend' }, Object.keys(kinds).map(function (k) {
        var sw = h('span', { class: 'line-swatch' });
        sw.style.backgroundColor = EDGE_COLORS[k] || '#94a3b8';
        return h('li', null, sw, ' ' + label(EDGE_KINDS, k) + ' (' + kinds[k] + ')');
      })),
      h('ul', { class: 'legend' }, Object.keys(types).map(function (t) {
        var sw = h('span', { class: 'dot-swatch' });
        sw.style.backgroundColor = TYPE_COLORS[t] || '#6b7280';
        return h('li', null, sw, ' ' + label(ENTITY_TYPES, t));
      })));
  }

  /** A small force-directed layout (repulsion, springs, gravity), computed then drawn as SVG. */
  function layout(nodes, edges, center) {
    var N = nodes.length;
    var index = new Map();
    var P = nodes.map(function (n, i) {
      index.set(n.entity, i);
      var a = i * 2.399963; // golden angle: a deterministic, even start
      var r = n.entity === center ? 0 : 40 + 14 * Math.sqrt(i + 1) * 6;
      return { x: Math.cos(a) * r, y: Math.sin(a) * r, vx: 0, vy: 0, fixed: n.entity === center };
    });
    var links = edges.map(function (e) { return { a: index.get(e.source), b: index.get(e.target), w: e.weight || 1, co: e.kind === 'co-mention' }; })
      .filter(function (l) { return l.a !== undefined && l.b !== undefined && l.a !== l.b; });
    var maxW = 1;
    links.forEach(function (l) { maxW = Math.max(maxW, l.w); });
    var iters = 320;
    // Dense graphs (many co-mentions) get more room between nodes.
    var repulse = 9000 * Math.max(1, Math.sqrt(links.length / Math.max(1, N)) / 1.5);
    for (var it = 0; it < iters; it++) {
      var alpha = 1 - it / iters;
      for (var i = 0; i < N; i++) {
        for (var j = i + 1; j < N; j++) {
          var dx = P[i].x - P[j].x, dy = P[i].y - P[j].y;
          var d2 = dx * dx + dy * dy + 0.01;
          var f = repulse / d2;
          var d = Math.sqrt(d2);
          var fx = dx / d * f, fy = dy / d * f;
          P[i].vx += fx; P[i].vy += fy; P[j].vx -= fx; P[j].vy -= fy;
        }
      }
      links.forEach(function (l) {
        var a = P[l.a], b = P[l.b];
        var dx = b.x - a.x, dy = b.y - a.y;
        var d = Math.sqrt(dx * dx + dy * dy) || 0.01;
        var want = l.co ? 150 : 110;
        var k = (l.co ? 0.02 : 0.05) * (0.5 + l.w / maxW);
        var f = (d - want) * k;
        var fx = dx / d * f, fy = dy / d * f;
        a.vx += fx; a.vy += fy; b.vx -= fx; b.vy -= fy;
      });
      P.forEach(function (q) {
        q.vx -= q.x * 0.01; q.vy -= q.y * 0.01;
        if (q.fixed) { q.vx = 0; q.vy = 0; return; }
        var v = Math.sqrt(q.vx * q.vx + q.vy * q.vy);
        var cap = 30 * alpha + 1;
        if (v > cap) { q.vx *= cap / v; q.vy *= cap / v; }
        q.x += q.vx; q.y += q.vy;
        q.vx *= 0.5; q.vy *= 0.5;
      });
    }
    return { pos: P, links: links };
  }

  function drawGraph(nodes, edges, center) {
    var L = layout(nodes, edges, center);
    var P = L.pos;
    var minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    P.forEach(function (q) { minX = Math.min(minX, q.x); minY = Math.min(minY, q.y); maxX = Math.max(maxX, q.x); maxY = Math.max(maxY, q.y); });
    var pad = 70;
    var vb = [minX - pad, minY - pad, (maxX - minX) + 2 * pad, (maxY - minY) + 2 * pad].map(function (v) { return v.toFixed(1); }).join(' ');
    var svg = s('svg', { class: 'graph', viewBox: vb, role: 'img', 'aria-label': 'شبكة الكيانات', id: 'graph-svg' });
    var defs = s('defs');
    Object.keys(EDGE_COLORS).forEach(function (k) {
      defs.appendChild(s('marker', { id: 'arrow-' + k, viewBox: '0 0 10 10', refX: '10', refY: '5', markerWidth: '7', markerHeight: '7', orient: 'auto-start-reverse' },
        s('path', { d: 'M0 0 L10 5 L0 10 z', fill: EDGE_COLORS[k] })));
    });
    svg.appendChild(defs);
    var maxMentions = 1;
    nodes.forEach(function (n) { maxMentions = Math.max(maxMentions, n.mentions || 1); });
    function radius(n) { return 7 + 15 * Math.sqrt((n.mentions || 1) / maxMentions); }
    var gEdges = s('g', { class: 'edges' });
    var byKind = edges.slice().sort(function (a, b) { return (a.kind === 'co-mention' ? 0 : 1) - (b.kind === 'co-mention' ? 0 : 1); });
    var index = new Map();
    nodes.forEach(function (n, i) { index.set(n.entity, i); });
    var maxW = 1;
    edges.forEach(function (e) { maxW = Math.max(maxW, e.weight || 1); });
    byKind.forEach(function (e) {
      var a = index.get(e.source), b = index.get(e.target);
      if (a === undefined || b === undefined || a === b) return;
      var A = P[a], Bp = P[b];
      var dx = Bp.x - A.x, dy = Bp.y - A.y, d = Math.sqrt(dx * dx + dy * dy) || 1;
      var rb = radius(nodes[b]) + 2;
      var x2 = Bp.x - dx / d * rb, y2 = Bp.y - dy / d * rb;
      var line = s('line', {
        x1: A.x.toFixed(1), y1: A.y.toFixed(1), x2: x2.toFixed(1), y2: y2.toFixed(1),
        class: 'edge edge-' + e.kind, 'data-kind': e.kind,
        'marker-end': e.directed ? 'url(#arrow-' + (EDGE_COLORS[e.kind] ? e.kind : 'statement') + ')' : null
      }, s('title', null, entName(e.source) + ' — ' + label(EDGE_KINDS, e.kind) + ' — ' + entName(e.target) + ' (' + fmtNum(e.weight) + ' وثيقة)'));
      line.style.stroke = EDGE_COLORS[e.kind] || '#94a3b8';
      line.style.strokeWidth = String(e.kind === 'co-mention' ? 1 + 2 * (e.weight / maxW) : 2 + 3 * (e.weight / maxW));
      gEdges.appendChild(line);
    });
    svg.appendChild(gEdges);
    var gNodes = s('g', { class: 'nodes' });
    nodes.forEach(function (n, i) {
      var q = P[i];
      var r = radius(n);
      var a = s('a', { href: entHref(n.entity), class: 'node' + (n.entity === center ? ' center' : ''), 'data-entity': n.entity });
      var c = s('circle', { cx: q.x.toFixed(1), cy: q.y.toFixed(1), r: r.toFixed(1) });
      c.style.fill = TYPE_COLORS[n.type] || '#6b7280';
      a.appendChild(c);
      a.appendChild(s('title', null, (n.canonical_ar || n.entity) + (n.canonical ? ' — ' + n.canonical : '') + ' — ' + fmtNum(n.mentions || 0) + ' إشارة'));
      a.appendChild(s('text', { x: q.x.toFixed(1), y: (q.y + r + 14).toFixed(1), 'text-anchor': 'middle', class: 'node-label' }, n.canonical_ar || n.canonical || n.entity));
      gNodes.appendChild(a);
    });
    svg.appendChild(gNodes);
    return h('div', { class: 'graph-wrap' }, svg);
  }

  // ---------------------------------------------------------------- analyze

  var SAMPLE = 'أعلنت وزارة الخارجية الروسية أن الوزير سيرغي لافروف سيزور بيونغ يانغ يوم 12 آذار 2024، حيث يلتقي الزعيم الكوري الشمالي كيم جونغ أون.\n\n' +
    'وقال المتحدث باسم الكرملين ديمتري بيسكوف للصحافيين إن الزيارة "تهدف إلى تعزيز التعاون في مجال النقل"، بحسب وكالة تاس.\n\n' +
    'في المقابل، نفت موسكو تقارير غربية تحدثت عن تسلّم نحو 500 حاوية من الذخائر خلال الشهر الماضي.';

  function viewAnalyze(ctx) {
    setTitle('تحليل نص');
    var ta = h('textarea', { name: 'text', rows: '8', dir: 'auto', placeholder: 'الصق نص خبر عربي هنا…', 'aria-label': 'نص الخبر' });
    var pub = h('input', { type: 'text', name: 'published', placeholder: '2024-03-14', dir: 'ltr' });
    var sample = h('button', { type: 'button' }, 'أدرج مثالًا');
    sample.addEventListener('click', function () { ta.value = SAMPLE; pub.value = '2024-03-01'; ta.focus(); });
    var form = h('form', { class: 'analyze-form' }, field('النص', ta, 'wide'),
      h('div', { class: 'toolbar' }, field('تاريخ النشر (لحساب التواريخ النسبية)', pub), h('button', { type: 'submit', class: 'primary' }, 'حلّل'), sample));
    var out = h('div', { class: 'analyze-out' });
    main.appendChild(h('h1', null, 'تحليل نص'));
    main.appendChild(h('p', { class: 'intro' }, 'حلّل أي نص عربي دون تخزينه، وشاهد الكيانات والتواريخ والكميات والأقوال المنسوبة كما في صفحة الوثيقة.'));
    main.appendChild(form);
    main.appendChild(out);
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      var text = ta.value;
      if (!text.trim()) { out.replaceChildren(errorBox(new ApiError(400, 'bad_request', 'اكتب نصًّا أولًا.'))); return; }
      var body = { text: text };
      if (pub.value.trim()) body.published = pub.value.trim();
      load(ctx, out, api('/api/analyze', null, {
        method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(body)
      }), function (doc) {
        out.appendChild(renderAnalysis(doc));
      });
    });
  }

  // ---------------------------------------------------------------- start

  function loadStats() {
    var el = document.getElementById('stats');
    api('/api/stats').then(function (st) {
      var items = [
        ['documents', 'وثيقة'], ['entities', 'كيان'], ['events', 'حدث'], ['claims', 'ادعاء'], ['attributions', 'قول']
      ];
      el.replaceChildren.apply(el, items.filter(function (x) { return typeof st[x[0]] === 'number'; }).map(function (x) {
        return h('span', { class: 'stat-chip', 'data-stat': x[0] }, h('b', null, fmtNum(st[x[0]])), ' ' + x[1]);
      }));
    }, function () { el.textContent = 'الإحصاءات غير متاحة'; });
  }

  function primeNames() {
    return api('/api/entities', { per_page: 100 }).then(function (d) { (d.items || []).forEach(remember); }, function () { });
  }

  function start() {
    main = document.getElementById('main');
    installTooltip();
    loadStats();
    window.addEventListener('hashchange', function () { route(); window.scrollTo(0, 0); });
    primeNames().then(function () { route(); });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
