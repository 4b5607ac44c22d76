// The code editor: CodeMirror 6 with Python, a theme drawn from the page's
// CSS variables (so light and dark follow the system with no JS), a "marked
// line" used by traceback links, and Ctrl/Cmd-Enter to run.
import { python } from "@codemirror/lang-python";
import {
  EditorView,
  keymap,
  Decoration,
  lineNumbers,
  highlightActiveLineGutter,
  highlightSpecialChars,
  drawSelection,
  dropCursor,
  rectangularSelection,
  crosshairCursor,
  highlightActiveLine,
} from "@codemirror/view";
import { EditorState, StateEffect, StateField, Prec } from "@codemirror/state";
import {
  HighlightStyle,
  syntaxHighlighting,
  indentUnit,
  indentOnInput,
  bracketMatching,
} from "@codemirror/language";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { closeBrackets, closeBracketsKeymap } from "@codemirror/autocomplete";
import { tags as t } from "@lezer/highlight";

// Colours are CSS variables defined in styles.css for both schemes.
const highlight = HighlightStyle.define([
  {
    tag: [t.keyword, t.controlKeyword, t.definitionKeyword, t.moduleKeyword],
    color: "var(--syn-keyword)",
  },
  { tag: [t.operatorKeyword, t.self, t.bool, t.null], color: "var(--syn-constant)" },
  { tag: [t.string, t.special(t.string)], color: "var(--syn-string)" },
  { tag: [t.number], color: "var(--syn-number)" },
  { tag: [t.comment, t.lineComment], color: "var(--syn-comment)", fontStyle: "italic" },
  {
    tag: [t.function(t.definition(t.variableName)), t.function(t.variableName)],
    color: "var(--syn-function)",
  },
  { tag: [t.definition(t.className), t.className], color: "var(--syn-class)" },
  { tag: [t.propertyName, t.function(t.propertyName)], color: "var(--syn-property)" },
  { tag: [t.operator, t.punctuation, t.bracket], color: "var(--syn-punct)" },
  { tag: t.meta, color: "var(--syn-keyword)" },
  { tag: t.invalid, color: "var(--danger)" },
]);

const theme = EditorView.theme({
  "&": { height: "100%", fontSize: "var(--code-size)", backgroundColor: "var(--surface)" },
  ".cm-scroller": { fontFamily: "var(--font-mono)", lineHeight: "1.6" },
  ".cm-content": { caretColor: "var(--accent)", padding: "8px 0" },
  ".cm-cursor, .cm-dropCursor": { borderLeftColor: "var(--accent)", borderLeftWidth: "2px" },
  ".cm-gutters": {
    backgroundColor: "var(--surface)",
    color: "var(--text-faint)",
    border: "none",
    paddingLeft: "4px",
  },
  ".cm-activeLine": { backgroundColor: "var(--active-line)" },
  ".cm-activeLineGutter": { backgroundColor: "transparent", color: "var(--text-muted)" },
  "&.cm-focused .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection": {
    backgroundColor: "var(--selection) !important",
  },
  ".cm-matchingBracket": { backgroundColor: "var(--match)", outline: "none" },
  ".cm-marked-line": {
    backgroundColor: "var(--mark-line)",
    boxShadow: "inset 3px 0 var(--danger)",
  },
  ".cm-heat-miss": { position: "relative" },
  ".cm-heat-miss::after": {
    content: '"miss"',
    position: "absolute",
    right: "6px",
    top: "2px",
    padding: "0 5px",
    borderRadius: "4px",
    fontSize: "10px",
    lineHeight: "16px",
    fontFamily: "var(--font-ui)",
    color: "white",
    backgroundColor: "var(--danger)",
  },
  ".cm-tooltip": {
    backgroundColor: "var(--surface-raised)",
    border: "1px solid var(--border)",
    borderRadius: "6px",
  },
  ".cm-panels": { backgroundColor: "var(--surface-raised)", color: "var(--text)" },
});

// The marked line (a traceback's line): one position, mapped through edits.
const setMark = StateEffect.define();
const markField = StateField.define({
  create: () => Decoration.none,
  update(marks, tr) {
    marks = marks.map(tr.changes);
    for (const e of tr.effects) {
      if (e.is(setMark)) {
        marks =
          e.value == null
            ? Decoration.none
            : Decoration.set([Decoration.line({ class: "cm-marked-line" }).range(e.value)]);
      }
    }
    return marks;
  },
  provide: (f) => EditorView.decorations.from(f),
});

// The quickening heat map: each executed line tinted by the share of its
// adaptive executions that ran specialized (hue from orange, generic, to
// teal, specialized), lines with recent misses or deopts flagged.
const setHeat = StateEffect.define();
const heatField = StateField.define({
  create: () => Decoration.none,
  update(heat, tr) {
    heat = heat.map(tr.changes);
    for (const e of tr.effects) if (e.is(setHeat)) heat = heatDecorations(tr.state.doc, e.value);
    return heat;
  },
  provide: (f) => EditorView.decorations.from(f),
});

/** The heat map's colour for a share in [0, 1] (the legend uses it too). */
export function heatColor(share, alpha = 1) {
  const hue = 18 + share * 150;
  return `hsl(${hue.toFixed(0)} 72% 46% / ${alpha})`;
}

function heatDecorations(doc, lines) {
  const ranges = [];
  for (const l of [...lines].sort((a, b) => a.line - b.line)) {
    if (l.line < 1 || l.line > doc.lines) continue;
    const share = Math.round(l.share * 100) / 100;
    ranges.push(
      Decoration.line({
        class: l.recentMiss ? "cm-heat cm-heat-miss" : "cm-heat",
        attributes: {
          "data-share": String(share),
          title: `${Math.round(share * 100)}% of this line's adaptive executions ran specialized${l.recentMiss ? "; a guard missed or an instruction deoptimized recently" : ""}`,
          style: `background-color: ${heatColor(share, 0.14)}; box-shadow: inset 4px 0 ${heatColor(share)}`,
        },
      }).range(doc.line(l.line).from),
    );
  }
  return Decoration.set(ranges);
}

/**
 * Creates the editor in `parent`. `onChange(text)` runs after every edit,
 * `onRun()` on Ctrl/Cmd-Enter, `onCursor(line, col)` when the cursor moves.
 */
export function createEditor(parent, { doc, onChange, onRun, onCursor, onLineClick }) {
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc,
      extensions: [
        // Above the default keymap, where Mod-Enter inserts a line.
        Prec.highest(
          keymap.of([
            {
              key: "Mod-Enter",
              run: () => {
                onRun();
                return true;
              },
            },
          ]),
        ),
        // CodeMirror's basic setup less what a short program rarely needs
        // (search panel, code folding, completion popups, lint): a smaller
        // bundle and a faster first paint.
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightSpecialChars(),
        history(),
        drawSelection(),
        dropCursor(),
        EditorState.allowMultipleSelections.of(true),
        indentOnInput(),
        bracketMatching(),
        closeBrackets(),
        rectangularSelection(),
        crosshairCursor(),
        highlightActiveLine(),
        // Tab indents; Esc then Tab moves focus out (CodeMirror's escape hatch).
        keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap, indentWithTab]),
        python(),
        indentUnit.of("    "),
        syntaxHighlighting(highlight),
        theme,
        // Wrapped lines keep comments and long calls readable on a phone.
        EditorView.lineWrapping,
        markField,
        heatField,
        EditorView.domEventHandlers({
          click(event, view) {
            const pos = view.posAtCoords({ x: event.clientX, y: event.clientY });
            if (pos != null) onLineClick?.(view.state.doc.lineAt(pos).number);
          },
        }),
        EditorView.contentAttributes.of({ "aria-label": "Python code" }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) onChange(update.state.doc.toString());
          if (update.docChanged || update.selectionSet) {
            const head = update.state.selection.main.head;
            const line = update.state.doc.lineAt(head);
            onCursor(line.number, head - line.from + 1);
          }
        }),
      ],
    }),
  });

  return {
    view,
    getCode: () => view.state.doc.toString(),
    /** Replaces the whole text as one undoable change. */
    setCode(text) {
      view.dispatch({
        changes: { from: 0, to: view.state.doc.length, insert: text },
        selection: { anchor: 0 },
        effects: [setMark.of(null), EditorView.scrollIntoView(0)],
      });
    },
    /** Puts the cursor on line `n` (1-based), marks it, and optionally focuses the editor. */
    goToLine(n, { focus = true } = {}) {
      const doc = view.state.doc;
      const line = doc.line(Math.min(Math.max(1, n), doc.lines));
      const indent = /^\s*/.exec(line.text)[0].length;
      view.dispatch({
        selection: { anchor: line.from + indent },
        effects: [setMark.of(line.from), EditorView.scrollIntoView(line.from, { y: "center" })],
      });
      if (focus) view.focus();
    },
    /** Marks line `n` without moving the cursor (the failing line after a run). */
    markLine(n) {
      const doc = view.state.doc;
      if (n < 1 || n > doc.lines) return;
      view.dispatch({ effects: setMark.of(doc.line(n).from) });
    },
    clearMark() {
      view.dispatch({ effects: setMark.of(null) });
    },
    /** Draws the heat map: [{line, share, executions, recentMiss}]; [] clears it. */
    setHeat(lines) {
      view.dispatch({ effects: setHeat.of(lines) });
    },
    focus: () => view.focus(),
  };
}
