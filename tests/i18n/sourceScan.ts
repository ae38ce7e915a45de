import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

// Reading the app's source with the TypeScript compiler API, for two checks:
// - hard-coded user-facing text in components (findHardCodedText);
// - which catalogue keys the source uses (keyUses).
// Both work on the syntax tree of one file at a time, without type checking.

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Every .ts and .tsx file under a folder of the repository, as paths relative to the root. */
export function sourceFiles(folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(relative(ROOT, path));
    }
  };
  walk(join(ROOT, folder));
  return out.sort();
}

export function readSource(file: string): string {
  return readFileSync(join(ROOT, file), 'utf8');
}

function parse(file: string, text: string): ts.SourceFile {
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
}

// ---------------------------------------------------------------------------
// What counts as text a user sees or hears.

/**
 * Symbols (Unicode category S) a component may write directly, because each is
 * an icon beside a translated label or inside an element with a translated
 * aria-label, or is aria-hidden: the close cross, the back arrow, the sort
 * arrows. Any other symbol (✓, →, £ …) is reported, so that a new icon gets a
 * look. Punctuation alone ("·", "—", "(", ")", ", ", "“") is not text and
 * passes without a list; letters and digits never pass.
 */
export const ALLOWED_SYMBOLS: ReadonlySet<string> = new Set(['×', '←', '▲', '▼', '↕']);

/** JSX text or a string child: reported when it holds a letter, a digit or a symbol not allowed above. */
export function isUserText(raw: string): boolean {
  const text = raw.trim();
  if (!text || ALLOWED_SYMBOLS.has(text)) return false;
  return /[\p{L}\p{N}\p{S}]/u.test(text);
}

/**
 * Attributes whose value is shown or read out. Any non-blank literal in them
 * is reported, symbols included: a screen reader would say "times" for "×".
 */
export const USER_FACING_ATTRIBUTES: ReadonlySet<string> = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'title',
  'alt',
  'placeholder',
  'label',
]);

/** input types whose value attribute is the button's visible label. */
const BUTTON_INPUT_TYPES = new Set(['button', 'submit', 'reset']);

/**
 * An <option>'s value is what the form sends, not what it shows; the brief
 * still asks for it to be checked, so a literal value is reported unless it
 * is a slug (lower case, digits, hyphens: an id or key, never a sentence).
 */
const SLUG = /^[a-z0-9-]*$/;

/** DOM properties and Leaflet options that carry user-facing text outside JSX. */
const USER_FACING_PROPERTIES = new Set(['textContent', 'innerText', 'innerHTML', 'title', 'ariaLabel', 'placeholder', 'alt', 'zoomInTitle', 'zoomOutTitle']);
/** Calls whose first argument is user-facing text (Leaflet), or setAttribute with a user-facing attribute. */
const USER_FACING_CALLS = new Set(['addAttribution', 'bindTooltip', 'bindPopup', 'setContent', 'alert', 'confirm', 'prompt']);

// ---------------------------------------------------------------------------
// Keys: literal, or a pattern from a template literal.

/** A template literal as a pattern over keys: `region.${slug}` matches "region.london". */
export function templateToRegExp(node: ts.TemplateExpression): RegExp {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  let source = `^${escape(node.head.text)}`;
  for (const span of node.templateSpans) source += `.+${escape(span.literal.text)}`;
  return new RegExp(`${source}$`);
}

type KeyExpression = { kind: 'literal'; text: string; node: ts.Node } | { kind: 'pattern'; pattern: RegExp; node: ts.Node };

/** `const name = …` declarations of a file, so that tr.tx(key) can be followed to `const key = \`service.${id}\``. */
function constInitialisers(source: ts.SourceFile): Map<string, ts.Expression[]> {
  const found = new Map<string, ts.Expression[]>();
  const visit = (node: ts.Node) => {
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.initializer &&
      ts.isVariableDeclarationList(node.parent) &&
      node.parent.flags & ts.NodeFlags.Const
    ) {
      found.set(node.name.text, [...(found.get(node.name.text) ?? []), node.initializer]);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** What keys an argument of tr.t/tr.tx can be: literals and template patterns, through ?: and consts. Unknown shapes give nothing. */
function keyExpressions(expr: ts.Expression, consts: Map<string, ts.Expression[]>, seen = new Set<string>()): KeyExpression[] {
  if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return [{ kind: 'literal', text: expr.text, node: expr }];
  if (ts.isTemplateExpression(expr)) return [{ kind: 'pattern', pattern: templateToRegExp(expr), node: expr }];
  if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr) || ts.isSatisfiesExpression(expr) || ts.isNonNullExpression(expr)) {
    return keyExpressions(expr.expression, consts, seen);
  }
  if (ts.isConditionalExpression(expr)) return [...keyExpressions(expr.whenTrue, consts, seen), ...keyExpressions(expr.whenFalse, consts, seen)];
  if (ts.isIdentifier(expr) && !seen.has(expr.text)) {
    seen.add(expr.text);
    return (consts.get(expr.text) ?? []).flatMap((init) => keyExpressions(init, consts, seen));
  }
  return [];
}

/** tr.t(…) or tr.tx(…) (also a bare t(…)/tx(…) from a destructured translator). */
function translatorCall(node: ts.Node): { method: 't' | 'tx'; arg: ts.Expression } | null {
  if (!ts.isCallExpression(node) || !node.arguments[0]) return null;
  const callee = node.expression;
  let method: string | null = null;
  if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && ['tr', 'translator'].includes(callee.expression.text)) {
    method = callee.name.text;
  } else if (ts.isIdentifier(callee)) {
    method = callee.text;
  }
  return method === 't' || method === 'tx' ? { method, arg: node.arguments[0] } : null;
}

// ---------------------------------------------------------------------------
// Hard-coded text.

export interface Finding {
  file: string;
  line: number;
  rule: 'jsx-text' | 'jsx-string' | 'attribute' | 'unknown-key' | 'unknown-key-prefix' | 'dom-text';
  text: string;
}

/** Static pieces of an expression that would end up as text: literals, template parts, both sides of ?:, ??, ||, &&. */
function staticTexts(expr: ts.Expression): { text: string; node: ts.Node }[] {
  if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return [{ text: expr.text, node: expr }];
  if (ts.isTemplateExpression(expr)) {
    return [{ text: expr.head.text, node: expr }, ...expr.templateSpans.flatMap((span) => [...staticTexts(span.expression), { text: span.literal.text, node: span }])];
  }
  if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr) || ts.isNonNullExpression(expr)) return staticTexts(expr.expression);
  if (ts.isConditionalExpression(expr)) return [...staticTexts(expr.whenTrue), ...staticTexts(expr.whenFalse)];
  if (ts.isBinaryExpression(expr)) {
    const op = expr.operatorToken.kind;
    if (op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.BarBarToken) return [...staticTexts(expr.left), ...staticTexts(expr.right)];
    if (op === ts.SyntaxKind.AmpersandAmpersandToken) return staticTexts(expr.right);
    if (op === ts.SyntaxKind.PlusToken) return [...staticTexts(expr.left), ...staticTexts(expr.right)];
  }
  return [];
}

function attributeTag(attr: ts.JsxAttribute): { tag: string; attrs: ts.JsxAttributes } {
  const element = attr.parent.parent;
  return { tag: element.tagName.getText(), attrs: attr.parent };
}

function literalAttribute(attrs: ts.JsxAttributes, name: string): string | null {
  for (const prop of attrs.properties) {
    if (ts.isJsxAttribute(prop) && prop.name.getText() === name && prop.initializer && ts.isStringLiteral(prop.initializer)) return prop.initializer.text;
  }
  return null;
}

/**
 * User-facing text in one component file that does not come from the
 * catalogue, and tr.t/tr.tx keys the catalogue does not have.
 */
export function findHardCodedText(file: string, text: string, keys: readonly string[]): Finding[] {
  const source = parse(file, text);
  const consts = constInitialisers(source);
  const keySet = new Set(keys);
  const findings: Finding[] = [];
  const report = (node: ts.Node, rule: Finding['rule'], value: string) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    findings.push({ file, line: line + 1, rule, text: value.trim() });
  };

  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) {
      if (isUserText(node.text)) report(node, 'jsx-text', node.text);
    } else if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      for (const piece of staticTexts(node.expression)) if (isUserText(piece.text)) report(piece.node, 'jsx-string', piece.text);
    } else if (ts.isJsxAttribute(node) && node.initializer) {
      const name = node.name.getText();
      const { tag, attrs } = attributeTag(node);
      const isOptionValue = name === 'value' && tag === 'option';
      const isButtonValue = name === 'value' && tag === 'input' && BUTTON_INPUT_TYPES.has(literalAttribute(attrs, 'type') ?? '');
      if (USER_FACING_ATTRIBUTES.has(name) || isOptionValue || isButtonValue) {
        const pieces = ts.isStringLiteral(node.initializer)
          ? [{ text: node.initializer.text, node: node.initializer }]
          : ts.isJsxExpression(node.initializer) && node.initializer.expression
            ? staticTexts(node.initializer.expression)
            : [];
        for (const piece of pieces) {
          if (!piece.text.trim()) continue;
          if (isOptionValue && SLUG.test(piece.text)) continue;
          report(piece.node, 'attribute', `${name}="${piece.text}"`);
        }
      }
    }

    const call = translatorCall(node);
    if (call) {
      for (const key of keyExpressions(call.arg, consts)) {
        if (key.kind === 'literal' && !keySet.has(key.text)) report(key.node, 'unknown-key', key.text);
        if (key.kind === 'pattern' && !keys.some((k) => key.pattern.test(k))) report(key.node, 'unknown-key-prefix', key.node.getText(source));
      }
    }

    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : '';
      const [first, second] = node.arguments;
      if (name === 'setAttribute' && first && second && ts.isStringLiteral(first) && USER_FACING_ATTRIBUTES.has(first.text)) {
        for (const piece of staticTexts(second)) if (piece.text.trim()) report(piece.node, 'dom-text', `${first.text}="${piece.text}"`);
      } else if (USER_FACING_CALLS.has(name) && first) {
        for (const piece of staticTexts(first)) if (isUserText(piece.text)) report(piece.node, 'dom-text', piece.text);
      }
    }
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left)) {
      if (USER_FACING_PROPERTIES.has(node.left.name.text)) for (const piece of staticTexts(node.right)) if (isUserText(piece.text)) report(piece.node, 'dom-text', piece.text);
    }
    if (ts.isPropertyAssignment(node) && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name)) && USER_FACING_PROPERTIES.has(node.name.text)) {
      for (const piece of staticTexts(node.initializer)) if (isUserText(piece.text)) report(piece.node, 'dom-text', piece.text);
    }

    ts.forEachChild(node, visit);
  };
  visit(source);
  return findings;
}

// ---------------------------------------------------------------------------
// Key use.

function inTypePosition(node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isTypeNode(n)) return true;
    if (ts.isStatement(n) || ts.isSourceFile(n)) return false;
  }
  return false;
}

/**
 * How one file can name catalogue keys: every string literal in a value
 * position (a type like 'table.name' | … does not count), and the pattern of
 * every template literal given to tr.t/tr.tx, directly or through a const.
 */
export function keyUses(file: string, text: string): { literals: Set<string>; patterns: RegExp[] } {
  const source = parse(file, text);
  const consts = constInitialisers(source);
  const literals = new Set<string>();
  const patterns: RegExp[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && !inTypePosition(node)) literals.add(node.text);
    const call = translatorCall(node);
    if (call) for (const key of keyExpressions(call.arg, consts)) if (key.kind === 'pattern') patterns.push(key.pattern);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { literals, patterns };
}

/** Keys of the catalogue that no file names, by literal or by a tr.t/tr.tx template pattern. */
export function unusedKeys(keys: readonly string[], files: { file: string; text: string }[]): string[] {
  const literals = new Set<string>();
  const patterns: RegExp[] = [];
  for (const { file, text } of files) {
    const uses = keyUses(file, text);
    for (const l of uses.literals) literals.add(l);
    patterns.push(...uses.patterns);
  }
  return keys.filter((key) => !literals.has(key) && !patterns.some((p) => p.test(key)));
}
