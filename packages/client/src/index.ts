export { createClient, signInWithPassword, type ClientOptions, type Connection, type SynergiaClient, type VariablesArgs } from './client.ts';
export { SynergiaApiError, type ApiErrorDetail } from './api-error.ts';
// The typed documents (`SignInDocument`, `PartnersDocument`, …) and every
// schema type (inputs, enums, results), generated from schema.graphql.
export * from './generated/graphql.ts';
