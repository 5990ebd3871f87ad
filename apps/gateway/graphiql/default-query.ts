/**
 * What a first-time visitor sees in the query editor: a query that runs as
 * it is for any signed-in user. The docs test (`src/docs/api-docs.test.ts`)
 * and the browser test (`tooling/e2e/specs/graphiql.e2e.test.ts`) run it.
 */
export const defaultQuery = `# Welcome to the Synergia API.
#
# Run this query: press the ▶ button (or Ctrl-Enter).
# It shows who you are and the latest five activities
# you may see, with their participants.
#
# Signed in to /national/ or /continental/ in this
# browser? Your session is sent along automatically, so
# you see what you see in the apps. Otherwise run the
# SignIn mutation below (remove the #s), then add the
# token in the Headers tab:
#   { "Authorization": "Bearer <token>" }
# Demo password: synergia-demo
#
# mutation SignIn {
#   signIn(input: {
#     email: "coordinator.ph@example.org"
#     password: "synergia-demo"
#   }) {
#     token
#     errors { message path }
#   }
# }
#
# Next: Ctrl-Space completes a field; the Docs button
# (the book, top left) browses the schema. For the next
# page, add  after: "<endCursor>"  beside first: 5.
# The guide: docs/api/README.md in the repository.

query Overview {
  viewer {
    user { name email }
    roleGrants { role scopeType }
  }
  activities(
    first: 5
    orderBy: { field: START_DATE, direction: DESC }
  ) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      node {
        title
        startDate
        status
        partner { acronym }
        participants { total women youth womenShare }
        genderMarker { score }
      }
    }
  }
}
`;
