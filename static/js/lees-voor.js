/*
 * "Lees voor": reads the page's main text aloud with the browser's own speech synthesis, in Dutch (nl-NL).
 * Progressive enhancement: the controls (templates/portal/_lees_voor.html) stay hidden unless this script
 * runs in a browser that can speak. Nothing leaves the browser. This is the site's only script.
 */
(function () {
  "use strict";

  var box = document.querySelector("[data-lees-voor]");
  var synth = window.speechSynthesis;
  if (!box || !synth || typeof window.SpeechSynthesisUtterance !== "function") {
    return;
  }
  var start = box.querySelector("[data-lees-voor-start]");
  var stop = box.querySelector("[data-lees-voor-stop]");
  var labels = { idle: start.textContent, speaking: start.dataset.labelPause, paused: start.dataset.labelResume };
  // What is read: the text blocks a visitor sees in <main>, not menus, forms, these controls, what is folded, or
  // what a template marks data-niet-voorlezen (such as links to another page's passage).
  var BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, dt, dd, blockquote, figcaption";
  var SKIP = "nav, form, [hidden], [aria-hidden='true'], .no-print, .lees-voor, .messages, .visually-hidden, [data-niet-voorlezen]";
  // Some voices stop after about 15 seconds of one utterance: long paragraphs go in pieces of sentences.
  var PIECE = 220;
  var state = "idle";
  var run = 0;

  function setState(next) {
    state = next;
    start.textContent = labels[next];
    stop.hidden = next === "idle";
  }

  function shown(element) {
    return element.getClientRects().length > 0;
  }

  function blocks() {
    var main = document.querySelector("main") || document.body;
    return Array.prototype.filter
      .call(main.querySelectorAll(BLOCKS), function (element) {
        // A list item holding paragraphs is read through those paragraphs, not twice.
        return !element.closest(SKIP) && !element.querySelector(BLOCKS) && shown(element);
      })
      .map(function (element) {
        return element.innerText.replace(/\s+/g, " ").trim();
      })
      .filter(Boolean);
  }

  function pieces(text) {
    if (text.length <= PIECE) {
      return [text];
    }
    var sentences = text.match(/[^.!?]+[.!?]+\S*\s*|[^.!?]+$/g) || [text];
    var result = [""];
    sentences.forEach(function (sentence) {
      var last = result.length - 1;
      if (result[last] && (result[last] + sentence).length > PIECE) {
        result.push(sentence);
      } else {
        result[last] += sentence;
      }
    });
    return result.map(function (piece) {
      return piece.trim();
    });
  }

  function dutchVoice() {
    var voices = synth.getVoices() || [];
    var dutch = voices.filter(function (voice) {
      return /^nl([-_]|$)/i.test(voice.lang);
    });
    var netherlands = dutch.filter(function (voice) {
      return /^nl[-_]nl$/i.test(voice.lang);
    });
    return netherlands[0] || dutch[0] || null;
  }

  function speak() {
    synth.cancel();
    run += 1;
    var thisRun = run;
    var voice = dutchVoice();
    var texts = [];
    blocks().forEach(function (text) {
      texts = texts.concat(pieces(text));
    });
    if (!texts.length) {
      return;
    }
    texts.forEach(function (text, index) {
      var utterance = new window.SpeechSynthesisUtterance(text);
      utterance.lang = "nl-NL";
      if (voice) {
        utterance.voice = voice;
      }
      if (index === texts.length - 1) {
        utterance.onend = function () {
          if (thisRun === run) {
            setState("idle");
          }
        };
      }
      synth.speak(utterance);
    });
    setState("speaking");
  }

  start.addEventListener("click", function () {
    if (state === "idle") {
      speak();
    } else if (state === "speaking") {
      synth.pause();
      setState("paused");
    } else {
      synth.resume();
      setState("speaking");
    }
  });
  stop.addEventListener("click", function () {
    run += 1;
    synth.cancel();
    setState("idle");
    start.focus();
  });
  // Speech would otherwise go on after the visitor left the page.
  window.addEventListener("pagehide", function () {
    synth.cancel();
  });
  box.hidden = false;
})();
