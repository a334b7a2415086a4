/* OpsGuide search box: loads the sharded index written at build time (search/*.js) with
   <script src> on first use, so it works from file:// under a strict CSP. Every text from the
   index is inserted with textContent, never as HTML. */
(function () {
  'use strict';
  var box = document.getElementById('search');
  if (!box) return;
  var input = document.getElementById('search-input');
  var panel = document.getElementById('search-panel');
  var list = document.getElementById('search-results');
  var status = document.getElementById('search-status');
  var root = box.getAttribute('data-root') || '';
  var KINDS = { m: 'Methodology', p: 'Practice', s: 'Page', g: 'Decision guide', r: 'Recommendation' };
  var STOP = ' a an and are as at be by for from has have in is it its of on or that the this to was were will with ';
  var MAX_RESULTS = 8;
  var store = { i: {}, t: {}, d: {} };
  var loading = {};
  var generation = 0;
  var timer = 0;

  window.OpsGuideSearch = {
    add: function (kind, key, data) { store[kind][key] = data; }
  };

  function load(kind, key, file) {
    if (store[kind][key]) return Promise.resolve(store[kind][key]);
    if (!loading[file]) {
      loading[file] = new Promise(function (resolve, reject) {
        var script = document.createElement('script');
        script.src = root + 'search/' + file;
        script.onload = function () { resolve(store[kind][key]); };
        script.onerror = function () { delete loading[file]; reject(new Error('cannot load ' + file)); };
        document.head.appendChild(script);
      });
    }
    return loading[file];
  }

  /* The same folding as the build's SearchTokenizer. */
  function normalize(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }
  var WORD = /[\p{L}\p{N}]+/gu;
  function words(text) {
    return normalize(text).match(WORD) || [];
  }
  function shardOf(term) {
    var head = Array.from(term).slice(0, 2);
    if (/^[a-z0-9]{2}$/.test(head.join(''))) return head.join('');
    return 'u' + head.map(function (c) { return c.codePointAt(0).toString(16); }).join('-');
  }

  function parseQuery(text) {
    var all = words(text).filter(function (w) { return w.length >= 2; });
    var kept = all.filter(function (w) { return STOP.indexOf(' ' + w + ' ') < 0; });
    if (!kept.length) kept = all;
    var open = !/[\s\p{P}]$/u.test(text);
    return kept.slice(0, 6).map(function (w, i) { return { word: w, prefix: open && i === kept.length - 1 }; });
  }

  function search(text) {
    var query = parseQuery(text);
    var mine = ++generation;
    if (!query.length) { close(); return; }
    load('i', 0, 'index.js').then(function (manifest) {
      var shards = {};
      manifest.shards.forEach(function (s) { shards[s] = true; });
      return Promise.all(query.map(function (q) {
        var shard = shardOf(q.word);
        return shards[shard] ? load('t', shard, 't-' + shard + '.js') : Promise.resolve({});
      })).then(function (tables) { return rank(query, tables, manifest); });
    }).then(function (ranked) {
      if (mine !== generation) return null;
      return Promise.all(ranked.hits.map(function (hit) {
        var block = Math.floor(hit.doc / ranked.block);
        return load('d', block, 'd' + block + '.js').then(function (docs) { return docs[hit.doc % ranked.block]; });
      })).then(function (docs) {
        if (mine === generation) show(text, query, docs, ranked.total);
      });
    }).catch(function () {
      if (mine !== generation) return;
      list.textContent = '';
      status.textContent = 'Search is not available.';
      open();
    });
  }

  function rank(query, tables, manifest) {
    var scores = {};
    query.forEach(function (q, index) {
      var table = tables[index], best = {};
      Object.keys(table).forEach(function (term) {
        var exact = term === q.word;
        if (!exact && !(q.prefix && term.lastIndexOf(q.word, 0) === 0)) return;
        var postings = table[term];
        for (var i = 0; i < postings.length; i += 2) {
          var weight = postings[i + 1] * (exact ? 2 : 1);
          if (!(best[postings[i]] >= weight)) best[postings[i]] = weight;
        }
      });
      Object.keys(best).forEach(function (doc) {
        var s = scores[doc] || (scores[doc] = { doc: +doc, words: 0, score: 0 });
        s.words += 1;
        s.score += best[doc];
      });
    });
    var hits = Object.keys(scores).map(function (k) { return scores[k]; });
    hits.sort(function (a, b) { return b.words - a.words || b.score - a.score || a.doc - b.doc; });
    return { hits: hits.slice(0, MAX_RESULTS), total: hits.length, block: manifest.block };
  }

  function matches(word, query) {
    var folded = normalize(word);
    return query.some(function (q) { return q.prefix ? folded.lastIndexOf(q.word, 0) === 0 : folded === q.word; });
  }

  /* Appends text to parent with every query word wrapped in <mark>. */
  function marked(parent, text, query) {
    var last = 0, found = false, m;
    var pattern = /[\p{L}\p{N}]+/gu;
    while ((m = pattern.exec(text))) {
      if (!matches(m[0], query)) continue;
      parent.appendChild(document.createTextNode(text.slice(last, m.index)));
      var mark = document.createElement('mark');
      mark.textContent = m[0];
      parent.appendChild(mark);
      last = m.index + m[0].length;
      found = true;
    }
    parent.appendChild(document.createTextNode(text.slice(last)));
    return found;
  }

  /* The part of a text around its first matching word, about 150 characters. */
  function window150(text, query) {
    var pattern = /[\p{L}\p{N}]+/gu, m;
    while ((m = pattern.exec(text))) {
      if (!matches(m[0], query)) continue;
      var start = Math.max(0, m.index - 50);
      if (start > 0) start = text.indexOf(' ', start) + 1 || start;
      var end = Math.min(text.length, start + 150);
      if (end < text.length) end = text.lastIndexOf(' ', end) > m.index ? text.lastIndexOf(' ', end) : end;
      return (start > 0 ? '…' : '') + text.slice(start, end) + (end < text.length ? '…' : '');
    }
    return null;
  }

  function snippet(doc, query) {
    var fields = [doc[3], doc[5], doc[4]];
    for (var i = 0; i < fields.length; i++) {
      var part = fields[i] && window150(fields[i], query);
      if (part) return part;
    }
    return doc[3] || doc[5];
  }

  function show(text, query, docs, total) {
    list.textContent = '';
    docs.forEach(function (doc) {
      if (!doc) return;
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = root + doc[0];
      link.className = 'search-result';
      var kind = document.createElement('span');
      kind.className = 'search-kind';
      kind.textContent = KINDS[doc[1]] || '';
      var title = document.createElement('span');
      title.className = 'search-title';
      marked(title, doc[2], query);
      var excerpt = document.createElement('span');
      excerpt.className = 'search-snippet';
      marked(excerpt, snippet(doc, query), query);
      link.appendChild(kind);
      link.appendChild(title);
      link.appendChild(excerpt);
      item.appendChild(link);
      list.appendChild(item);
    });
    var shown = list.children.length;
    if (!shown) {
      var none = document.createElement('li');
      none.className = 'search-empty';
      none.textContent = 'No pages match “' + text.trim() + '”.';
      list.appendChild(none);
    }
    status.textContent = shown ? (total > shown ? 'Top ' + shown + ' of ' + total : shown) +
      (total === 1 ? ' page matches.' : ' pages match.') + ' Use the down arrow key to reach them.' : 'No pages match.';
    open();
  }

  function open() {
    panel.hidden = false;
  }
  function close() {
    panel.hidden = true;
    status.textContent = '';
  }
  function links() { return Array.prototype.slice.call(list.querySelectorAll('a')); }

  box.hidden = false;
  input.addEventListener('focus', function () { load('i', 0, 'index.js').catch(function () {}); });
  input.addEventListener('input', function () {
    clearTimeout(timer);
    var text = input.value;
    timer = setTimeout(function () { search(text); }, 60);
  });
  input.addEventListener('keydown', function (event) {
    if (event.key === 'ArrowDown' && !panel.hidden) {
      var first = links()[0];
      if (first) { event.preventDefault(); first.focus(); }
    } else if (event.key === 'Escape') {
      if (panel.hidden) input.value = ''; else close();
    }
  });
  list.addEventListener('keydown', function (event) {
    var all = links(), at = all.indexOf(document.activeElement);
    if (at < 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      var next = at + (event.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) input.focus(); else if (next < all.length) all[next].focus();
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      all[event.key === 'Home' ? 0 : all.length - 1].focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
      input.focus();
    }
  });
  box.addEventListener('focusout', function (event) {
    if (!event.relatedTarget || !box.contains(event.relatedTarget)) setTimeout(function () {
      if (!box.contains(document.activeElement)) close();
    }, 0);
  });
  input.addEventListener('click', function () { if (input.value && list.children.length) open(); });
  document.addEventListener('keydown', function (event) {
    var tag = (event.target.tagName || '').toLowerCase();
    if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey &&
        tag !== 'input' && tag !== 'textarea' && tag !== 'select' && !event.target.isContentEditable) {
      event.preventDefault();
      input.focus();
    }
  });
})();
