// What the Fluent check (scripts/l10n-check.test.ts) reads in the code and in the .ftl files:
// user-visible text written straight into JSX without a Fluent id, and the variables a message
// uses. The code is parsed with the TypeScript compiler (already a dev dependency), so the scan
// sees JSX as JSX and not as text that happens to look like it.
import {
  type Attribute,
  type Entry,
  FluentParser,
  FunctionReference,
  Message,
  type Pattern,
  Placeable,
  SelectExpression,
  VariableReference,
} from '@fluent/syntax';
import ts from 'typescript';

/** Attributes a user reads or hears: they need a Fluent id like text does. */
export const USER_VISIBLE_ATTRIBUTES = new Set([
  'alt',
  'aria-description',
  'aria-label',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'label',
  'placeholder',
  'title',
]);

/**
 * Text that is not language: punctuation, symbols, digits and spaces ("×", "•", ": ", "✓").
 * Anything with a letter in it is words and needs an id.
 */
const isLanguageFree = (text: string) => !/\p{L}/u.test(text);

export type HardCodedText = { line: number; text: string; where: string };

/** The enclosing <Localized> element, if any: its children's text is the English fallback. */
function enclosingLocalized(node: ts.Node): ts.JsxElement | undefined {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isJsxElement(n) && n.openingElement.tagName.getText() === 'Localized') return n;
  }
  return undefined;
}

/** The attribute names a <Localized attrs={{ … }}> lets Fluent set. */
function localizedAttrs(element: ts.JsxElement): Set<string> {
  const names = new Set<string>();
  for (const prop of element.openingElement.attributes.properties) {
    if (!ts.isJsxAttribute(prop) || prop.name.getText() !== 'attrs') continue;
    const value = prop.initializer;
    if (!value || !ts.isJsxExpression(value) || !value.expression) continue;
    if (!ts.isObjectLiteralExpression(value.expression)) continue;
    for (const p of value.expression.properties) {
      if (p.name && (ts.isStringLiteral(p.name) || ts.isIdentifier(p.name))) names.add(p.name.text);
    }
  }
  return names;
}

/** A literal's text when an expression is one (string, template with or without holes). */
function literalText(expression: ts.Expression): string | undefined {
  if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) {
    return expression.text;
  }
  if (ts.isTemplateExpression(expression)) {
    return [expression.head.text, ...expression.templateSpans.map((s) => s.literal.text)].join(' ');
  }
  if (ts.isParenthesizedExpression(expression)) return literalText(expression.expression);
  return undefined;
}

/**
 * User-visible English written into JSX without a Fluent id: text nodes, `{'literal'}` children
 * and user-visible attributes with a literal value, unless a <Localized> around them translates
 * them (its children are the English fallback; an attribute counts only when listed in `attrs`).
 */
export function findHardCodedText(fileName: string, source: string): HardCodedText[] {
  const file = ts.createSourceFile(
    fileName,
    source,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const found: HardCodedText[] = [];
  const report = (node: ts.Node, text: string, where: string) => {
    const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
    found.push({ line: line + 1, text: text.trim().replace(/\s+/g, ' '), where });
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) {
      if (!isLanguageFree(node.text) && !enclosingLocalized(node)) report(node, node.text, 'text');
    } else if (
      ts.isJsxExpression(node) &&
      node.expression &&
      (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))
    ) {
      const text = literalText(node.expression);
      if (text !== undefined && !isLanguageFree(text) && !enclosingLocalized(node)) {
        report(node, text, 'text');
      }
    } else if (ts.isJsxAttribute(node) && USER_VISIBLE_ATTRIBUTES.has(node.name.getText())) {
      const init = node.initializer;
      const text =
        init && ts.isStringLiteral(init)
          ? init.text
          : init && ts.isJsxExpression(init) && init.expression
            ? literalText(init.expression)
            : undefined;
      const name = node.name.getText();
      if (text !== undefined && !isLanguageFree(text)) {
        const localized = enclosingLocalized(node);
        if (!localized || !localizedAttrs(localized).has(name)) report(node, text, name);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** The variables (`$name`) a message uses anywhere: value, attributes, selectors, variants. */
export function variablesOf(entry: Message): Set<string> {
  const names = new Set<string>();
  const fromPattern = (pattern: Pattern | null) => {
    for (const element of pattern?.elements ?? []) {
      if (element instanceof Placeable) fromExpression(element.expression);
    }
  };
  const fromExpression = (expression: unknown) => {
    if (expression instanceof VariableReference) names.add(expression.id.name);
    else if (expression instanceof SelectExpression) {
      fromExpression(expression.selector);
      for (const variant of expression.variants) fromPattern(variant.value);
    } else if (expression instanceof Placeable) fromExpression(expression.expression);
    else if (expression instanceof FunctionReference) {
      // DATETIME($date, dateStyle: "medium"), NUMBER($count): named arguments are literals.
      for (const a of expression.arguments.positional) fromExpression(a);
    }
  };
  fromPattern(entry.value);
  for (const attribute of entry.attributes) fromPattern(attribute.value);
  return names;
}

export const attributesOf = (entry: Message) =>
  new Set(entry.attributes.map((a: Attribute) => a.id.name));

const parser = new FluentParser({ withSpans: false });

/** The messages of an .ftl source, by id. */
export function messagesIn(source: string): Map<string, Message> {
  const messages = new Map<string, Message>();
  for (const entry of parser.parse(source).body as Entry[]) {
    if (entry instanceof Message) messages.set(entry.id.name, entry);
  }
  return messages;
}

export type MessageUse = { line: number; id: string; passed: Set<string> };

/** The keys of an object literal, or undefined when they cannot be read from the source. */
function literalKeys(expression: ts.Expression | undefined): Set<string> | undefined {
  if (!expression) return new Set();
  if (expression.kind === ts.SyntaxKind.NullKeyword) return new Set();
  if (ts.isIdentifier(expression) && expression.text === 'undefined') return new Set();
  if (!ts.isObjectLiteralExpression(expression)) return undefined;
  const keys = new Set<string>();
  for (const p of expression.properties) {
    if (ts.isSpreadAssignment(p)) return undefined;
    if (p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) keys.add(p.name.text);
  }
  return keys;
}

/**
 * Messages the code names with a literal id, and the variables it passes them:
 * `<Localized id="x" vars={{ … }}>` and `getString('x', { … })`. Uses whose id or variables are
 * computed are left out (the per-locale e2e test sees those rendered).
 */
export function findMessageUses(fileName: string, source: string): MessageUse[] {
  const file = ts.createSourceFile(
    fileName,
    source,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const uses: MessageUse[] = [];
  const lineOf = (node: ts.Node) =>
    file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
  const visit = (node: ts.Node) => {
    if (
      (ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) &&
      node.tagName.getText() === 'Localized'
    ) {
      let id: string | undefined;
      let vars: ts.Expression | undefined;
      for (const prop of node.attributes.properties) {
        if (!ts.isJsxAttribute(prop)) continue;
        const name = prop.name.getText();
        const init = prop.initializer;
        if (name === 'id' && init && ts.isStringLiteral(init)) id = init.text;
        if (name === 'vars' && init && ts.isJsxExpression(init)) vars = init.expression;
      }
      const passed = literalKeys(vars);
      if (id && passed) uses.push({ line: lineOf(node), id, passed });
    } else if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === 'getString'
    ) {
      const [first, second] = node.arguments;
      const passed = literalKeys(second);
      if (first && ts.isStringLiteral(first) && passed) {
        uses.push({ line: lineOf(node), id: first.text, passed });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return uses;
}
