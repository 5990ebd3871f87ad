// Regenerates everything generated (the printed schema, codegen types and
// documents, migrations) and fails when the result differs from what is
// committed, so generated code can never drift from its sources.
import { execFileSync } from 'node:child_process';

const generated = ['apps/gateway/schema.graphql', 'apps/gateway/src/generated', 'apps/national/src/gql', 'apps/continental/src/gql', 'packages/client/src/generated'];

function run(command, args) {
  console.log(`$ ${command} ${args.join(' ')}`);
  execFileSync(command, args, { stdio: 'inherit' });
}

run('npm', ['run', 'codegen', '--silent']);
// Fails by itself when the entities need a migration that is not checked in.
run('npm', ['run', 'migrations:check', '--silent', '-w', '@synergia/domain']);

const changed = execFileSync('git', ['status', '--porcelain', '--', ...generated], { encoding: 'utf8' }).trim();
if (changed) {
  console.error(`\nGenerated files are out of date:\n${changed}\n\nRun \`npm run codegen\` and commit the result.`);
  execFileSync('git', ['--no-pager', 'diff', '--stat', '--', ...generated], { stdio: 'inherit' });
  process.exit(1);
}
console.log('Generated files are up to date.');
