export { buildServer, queryLimits, bodyLimitBytes } from './server.ts';
export { toGlobalId, fromGlobalId } from './graphql/global-id.ts';
