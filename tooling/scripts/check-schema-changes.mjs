// Compares apps/gateway/schema.graphql in the working tree with the same file
// at a base revision (--base REV, else $SCHEMA_BASE, else HEAD~1) using
// @graphql-inspector/core, prints every change as breaking / dangerous / safe,
// and fails on a breaking change that docs/api-changelog.md does not
// acknowledge in its "Unreleased" section. The rules are written at the top
// of docs/api-changelog.md; keep the two in step.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CriticalityLevel, diff, DiffRule } from '@graphql-inspector/core';
import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';

const SCHEMA_PATH = 'apps/gateway/schema.graphql';
const CHANGELOG_PATH = 'docs/api-changelog.md';
const UNRELEASED_HEADING = /^##\s+Unreleased\b/i;

const LABELS = {
  [CriticalityLevel.Breaking]: 'BREAKING ',
  [CriticalityLevel.Dangerous]: 'dangerous',
  [CriticalityLevel.NonBreaking]: 'safe     ',
};

/** Runs git in `cwd`; returns trimmed stdout, or null when git exits non-zero. */
function git(cwd, args) {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  } catch {
    return null;
  }
}

function parseArgs(argv) {
  const options = { base: undefined };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--base') options.base = argv[++i];
    else if (arg?.startsWith('--base=')) options.base = arg.slice('--base='.length);
    else throw new Error(`Unknown argument: ${arg}. Usage: check-schema-changes [--base REV]`);
  }
  if (options.base === '') throw new Error('--base needs a revision');
  return options;
}

/**
 * The lines of the changelog's "## Unreleased" section (up to the next "## "
 * heading), leaving out fenced code blocks: the policy's own example must not
 * acknowledge anything.
 */
function unreleasedSection(changelog) {
  let fenced = false;
  const lines = changelog.split(/\r?\n/).filter((line) => {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      return false;
    }
    return !fenced;
  });
  const start = lines.findIndex((line) => UNRELEASED_HEADING.test(line));
  if (start < 0) return [];
  const section = [];
  for (const line of lines.slice(start + 1)) {
    if (/^##\s/.test(line)) break;
    section.push(line);
  }
  return section;
}

/** The schema coordinates written in backticks in the Unreleased section, e.g. `Partner.website`. */
function acknowledgedCoordinates(changelog) {
  const coordinates = new Set();
  for (const line of unreleasedSection(changelog)) {
    for (const match of line.matchAll(/`([^`]+)`/g)) coordinates.add(match[1].trim());
  }
  return coordinates;
}

/**
 * For a removal (field, input field, argument, enum value): whether the removed
 * element carried @deprecated in the base schema. null for any other change.
 */
function removedElementWasDeprecated(oldSchema, change) {
  const [typeName, name, argName] = (change.path ?? '').split('.');
  const type = typeName ? oldSchema.getType(typeName) : undefined;
  if (!type || !name) return null;
  switch (change.type) {
    case 'FIELD_REMOVED':
    case 'INPUT_FIELD_REMOVED': {
      if (!isObjectType(type) && !isInterfaceType(type) && !isInputObjectType(type)) return null;
      const field = type.getFields()[name];
      return field ? field.deprecationReason != null : null;
    }
    case 'FIELD_ARGUMENT_REMOVED': {
      if (!isObjectType(type) && !isInterfaceType(type)) return null;
      const arg = type.getFields()[name]?.args.find((candidate) => candidate.name === argName);
      return arg ? arg.deprecationReason != null : null;
    }
    case 'ENUM_VALUE_REMOVED': {
      if (!isEnumType(type)) return null;
      const value = type.getValue(name);
      return value ? value.deprecationReason != null : null;
    }
    default:
      return null;
  }
}

/** What a change is acknowledged by: its schema coordinate (the path the library gives), else its type. */
function coordinateOf(change) {
  return change.path ?? change.type;
}

/**
 * Classifies the changes between two SDL texts. Returns one entry per change
 * with its level, coordinate, whether it is acknowledged, and for removals
 * whether the element was deprecated first.
 */
async function classifyChanges(oldSdl, newSdl, changelog) {
  const oldSchema = buildSchema(oldSdl);
  const newSchema = buildSchema(newSdl);
  const acknowledged = acknowledgedCoordinates(changelog);
  // simplifyChanges folds what is inside an addition (the fields of an added
  // type, their descriptions) into that addition; removals stay listed one by one.
  const changes = await diff(oldSchema, newSchema, [DiffRule.simplifyChanges]);
  return changes.map((change) => {
    const coordinate = coordinateOf(change);
    const level = change.criticality.level;
    const deprecatedFirst = removedElementWasDeprecated(oldSchema, change);
    return {
      level,
      type: change.type,
      message: change.message,
      coordinate,
      reason: change.criticality.reason,
      deprecatedFirst,
      acknowledged: level === CriticalityLevel.Breaking && acknowledged.has(coordinate),
    };
  });
}

function report(results) {
  const order = [CriticalityLevel.Breaking, CriticalityLevel.Dangerous, CriticalityLevel.NonBreaking];
  const sorted = [...results].sort((a, b) => order.indexOf(a.level) - order.indexOf(b.level));
  for (const result of sorted) {
    const note = result.level !== CriticalityLevel.Breaking ? '' : result.acknowledged ? '  (acknowledged in the changelog)' : '  (NOT acknowledged)';
    console.log(`  ${LABELS[result.level] ?? result.level}  ${result.coordinate}: ${result.message}${note}`);
    if (result.deprecatedFirst === false) {
      console.log(`             hint: mark \`${result.coordinate}\` with @deprecated(reason: "…") for at least one release (90 days) before removing it.`);
    }
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const cwd = git(process.cwd(), ['rev-parse', '--show-toplevel']);
  if (!cwd) {
    console.log('Schema change check: not a git repository, nothing to compare with. Passing.');
    return 0;
  }
  const schemaFile = join(cwd, SCHEMA_PATH);
  if (!existsSync(schemaFile)) {
    console.error(`Schema change check: ${SCHEMA_PATH} is missing from the working tree.`);
    return 1;
  }

  const explicitBase = options.base ?? (process.env.SCHEMA_BASE || undefined);
  const base = explicitBase ?? 'HEAD~1';
  const baseCommit = git(cwd, ['rev-parse', '--verify', '--quiet', `${base}^{commit}`]);
  if (!baseCommit) {
    if (explicitBase) {
      console.error(`Schema change check: the base revision "${base}" does not exist in this repository (a shallow clone? fetch more history).`);
      return 1;
    }
    console.log('Schema change check: no previous commit (HEAD~1) to compare with (first commit or a shallow clone). Passing.');
    return 0;
  }
  const shortBase = `${base} (${baseCommit.slice(0, 10)})`;
  const oldSdl = git(cwd, ['show', `${baseCommit}:${SCHEMA_PATH}`]);
  if (oldSdl === null) {
    console.log(`Schema change check: ${SCHEMA_PATH} does not exist at ${shortBase}; everything in it is new. Passing.`);
    return 0;
  }

  const newSdl = readFileSync(schemaFile, 'utf8');
  const changelogFile = join(cwd, CHANGELOG_PATH);
  const changelog = existsSync(changelogFile) ? readFileSync(changelogFile, 'utf8') : '';
  const results = await classifyChanges(oldSdl, newSdl, changelog);

  console.log(`Schema change check: ${SCHEMA_PATH}, working tree against ${shortBase}.`);
  if (results.length === 0) {
    console.log('No schema changes.');
    return 0;
  }
  const count = (level) => results.filter((result) => result.level === level).length;
  console.log(
    `${results.length} change(s): ${count(CriticalityLevel.Breaking)} breaking, ${count(CriticalityLevel.Dangerous)} dangerous, ${count(CriticalityLevel.NonBreaking)} safe.`,
  );
  report(results);

  const unacknowledged = results.filter((result) => result.level === CriticalityLevel.Breaking && !result.acknowledged);
  if (unacknowledged.length > 0) {
    console.error(
      `\n${unacknowledged.length} breaking change(s) not acknowledged. Prefer a non-breaking change (add, deprecate, then remove a release later).` +
        `\nIf the break is intended, list each coordinate in backticks in the "## Unreleased" section of ${CHANGELOG_PATH}:`,
    );
    for (const result of unacknowledged) console.error(`  - \`${result.coordinate}\` (${result.message})`);
    return 1;
  }
  console.log('\nNo unacknowledged breaking changes.');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`Schema change check failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
