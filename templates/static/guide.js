/* OpsGuide decision wizard: progressive enhancement of guide.html. The answer path lives in the
   URL fragment (#path=yes/no/often), so links, reloads and the browser's back button all restore
   the same place. Data comes from guide-data.js (a <script src>, which works from file://).
   Content text is inserted with textContent; only the guide's cmark-rendered help and reasons
   are parsed as HTML, through an inert <template>. */
(function () {
  'use strict';
  var wizard = document.getElementById('wizard');
  var status = document.getElementById('wizard-status');
  var intro = document.getElementById('guide-intro');
  var startLink = document.getElementById('guide-start');
  if (!wizard || !status) return;
  var PREFIX = '#path=';
  var INTRO = '#guide-intro';
  var staticStart = startLink ? startLink.getAttribute('href') : 'guide.html';
  var data = null, questions = {}, ends = {}, depths = {};
  var pending = null;

  function loadData() {
    if (data) return Promise.resolve(data);
    if (!pending) {
      pending = new Promise(function (resolve, reject) {
        var script = document.createElement('script');
        script.src = wizard.getAttribute('data-src');
        script.onload = function () { window.OpsGuideGuide ? resolve(window.OpsGuideGuide) : reject(new Error('no data')); };
        script.onerror = function () { pending = null; reject(new Error('cannot load the guide data')); };
        document.head.appendChild(script);
      }).then(function (loaded) {
        data = loaded;
        data.questions.forEach(function (q) { questions[q.id] = q; });
        data.ends.forEach(function (e) { ends[e.id] = e; });
        return data;
      });
    }
    return pending;
  }

  /* The most questions still to answer from question `id`, this one included. */
  function depth(id) {
    if (depths[id]) return depths[id];
    var most = 0;
    questions[id].answers.forEach(function (a) { if (a.next && questions[a.next]) most = Math.max(most, depth(a.next)); });
    return (depths[id] = most + 1);
  }

  function pathFromHash() {
    var hash = location.hash;
    if (hash.lastIndexOf(PREFIX, 0) !== 0) return null;
    var rest = decodeURIComponent(hash.slice(PREFIX.length));
    return rest ? rest.split('/') : [];
  }
  function href(ids) { return PREFIX + ids.map(encodeURIComponent).join('/'); }

  /* Follows the answer ids from the start; stops at the first one that does not fit. */
  function walk(ids) {
    var steps = [], question = questions[data.start], end = null;
    for (var i = 0; i < ids.length && question; i++) {
      var answer = null;
      question.answers.forEach(function (a) { if (a.id === ids[i]) answer = a; });
      if (!answer) break;
      steps.push({ question: question, answer: answer });
      if (answer.end) { end = ends[answer.end]; question = null; } else { question = questions[answer.next]; }
    }
    return { steps: steps, question: question, end: end, ids: steps.map(function (s) { return s.answer.id; }) };
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function link(url, text, className) {
    var a = el('a', className, text);
    if (!/^\s*(javascript|data|vbscript):/i.test(url)) a.href = url;
    return a;
  }
  function html(markup) {
    var template = document.createElement('template');
    template.innerHTML = markup || '';
    var box = el('div', 'prose');
    box.appendChild(document.importNode(template.content, true));
    return box;
  }

  function progress(done, total, label) {
    var box = el('div', 'wizard-progress');
    var text = el('p', null, label);
    text.id = 'wizard-step';
    var bar = el('progress');
    bar.max = total;
    bar.value = done;
    bar.setAttribute('aria-labelledby', 'wizard-step');
    box.appendChild(text);
    box.appendChild(bar);
    return box;
  }

  function controls(state) {
    var nav = el('nav', 'wizard-nav');
    nav.setAttribute('aria-label', 'Wizard steps');
    var back = state.ids.length ? href(state.ids.slice(0, -1)) : INTRO;
    nav.appendChild(link(back, state.ids.length ? '← Back' : '← Introduction', 'button subtle'));
    if (state.ids.length) nav.appendChild(link(PREFIX, 'Start over', 'button subtle'));
    return nav;
  }

  function answered(state, title) {
    var section = el('section', 'answered');
    var heading = el('h3', null, title);
    section.appendChild(heading);
    var list = el('ol');
    state.steps.forEach(function (step, index) {
      var item = el('li');
      item.appendChild(el('span', 'question', step.question.text + ' '));
      item.appendChild(el('strong', null, step.answer.text));
      item.appendChild(document.createTextNode(' '));
      var change = link(href(state.ids.slice(0, index)), 'Change', 'change');
      change.appendChild(el('span', 'visually-hidden', ' the answer to: ' + step.question.text));
      item.appendChild(change);
      list.appendChild(item);
    });
    section.appendChild(list);
    return section;
  }

  function renderQuestion(card, state) {
    var question = state.question;
    var done = state.steps.length, total = done + depth(question.id);
    card.appendChild(progress(done, total, 'Question ' + (done + 1) + ' of up to ' + total));
    var heading = el('h2', 'wizard-question', question.text);
    card.appendChild(heading);
    if (question.help) card.appendChild(html(question.help));
    var list = el('ul', 'answers');
    question.answers.forEach(function (answer) {
      var item = el('li');
      item.appendChild(link(href(state.ids.concat(answer.id)), answer.text, 'button answer'));
      list.appendChild(item);
    });
    card.appendChild(list);
    card.appendChild(controls(state));
    if (state.steps.length) wizard.appendChild(answered(state, 'Your answers so far'));
    status.textContent = '';
    return heading;
  }

  function renderEnd(card, state) {
    var end = state.end, done = state.steps.length;
    card.classList.add('result');
    card.appendChild(progress(done, done, done === 1 ? 'The question answered' : 'All ' + done + ' questions answered'));
    card.appendChild(el('p', 'kicker', 'Recommendation'));
    var heading = el('h2', 'wizard-question', end.title);
    card.appendChild(heading);
    if (end.fit) card.appendChild(el('p', 'fit fit-' + (end.fitId || 'good'), end.fit));
    var cards = el('ul', 'card-list');
    end.recommend.forEach(function (m) {
      var item = el('li', 'card');
      var title = el('h3');
      title.appendChild(link(m.url, m.title));
      item.appendChild(title);
      item.appendChild(el('p', null, m.summary));
      cards.appendChild(item);
    });
    card.appendChild(cards);
    card.appendChild(el('h3', null, 'Why this recommendation'));
    card.appendChild(html(end.reason));
    card.appendChild(answered(state, 'Based on your answers'));
    if (end.startWith.length) {
      card.appendChild(el('h3', null, 'Practices to start with'));
      var practices = el('ul', 'practice-list');
      end.startWith.forEach(function (p) {
        var item = el('li');
        item.appendChild(link(p.url, p.title));
        item.appendChild(document.createTextNode(' — ' + p.summary));
        practices.appendChild(item);
      });
      card.appendChild(practices);
    }
    var more = el('p', 'result-page');
    more.appendChild(link(end.url, 'Open this recommendation as a page'));
    more.appendChild(document.createTextNode(', with the matrix rows that matter for it.'));
    card.appendChild(more);
    card.appendChild(controls(state));
    status.textContent = 'Recommendation: ' + end.title + '. ' +
      end.recommend.map(function (m) { return m.title; }).join(' and ') + '.';
    return heading;
  }

  function render(moveFocus) {
    var ids = pathFromHash();
    var active = ids !== null;
    wizard.hidden = !active;
    if (intro) intro.hidden = active;
    if (startLink) startLink.parentNode.hidden = active;
    if (!active) { wizard.textContent = ''; status.textContent = ''; return; }
    loadData().then(function () {
      var state = walk(ids);
      if (state.ids.length !== ids.length) history.replaceState(null, '', href(state.ids));
      wizard.textContent = '';
      var card = el('div', 'wizard-card');
      wizard.appendChild(card);
      var heading = state.end ? renderEnd(card, state) : renderQuestion(card, state);
      heading.tabIndex = -1;
      heading.id = 'wizard-heading';
      if (moveFocus) heading.focus();
    }).catch(function () {
      wizard.textContent = '';
      var card = el('div', 'wizard-card');
      card.appendChild(el('p', null, 'The interactive guide could not load. '));
      card.lastChild.appendChild(link(staticStart, 'Follow the guide page by page instead.'));
      wizard.appendChild(card);
    });
  }

  if (startLink) {
    startLink.setAttribute('href', PREFIX);
    startLink.addEventListener('mouseenter', function () { loadData().catch(function () {}); });
    startLink.addEventListener('focus', function () { loadData().catch(function () {}); });
  }
  /* Other fragments (the skip link, heading anchors) leave the wizard where it is. */
  window.addEventListener('hashchange', function () {
    if (pathFromHash() === null && location.hash && location.hash !== INTRO) return;
    render(true);
    if (pathFromHash() === null && startLink) startLink.focus();
  });
  render(false);
})();
