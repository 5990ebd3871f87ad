/** What a first-time visitor sees in the query editor. */
export const defaultQuery = `# Welcome to the Synergia API.
#
# Signed in to /national/ or /continental/ in this
# browser? Your session is sent along automatically.
# Otherwise run the SignIn mutation below (remove the #),
# then add the token in the Headers tab:
#   { "Authorization": "Bearer <token>" }
# Demo password: synergia-demo
#
# mutation SignIn {
#   signIn(input: {
#     email: "admin@example.org"
#     password: "synergia-demo"
#   }) {
#     token
#     errors { message path }
#   }
# }

query Overview {
  viewer {
    user { id name email locale }
    roleGrants { role scopeType }
    networks { id name acronym }
  }
  synergies(first: 20) {
    totalCount
    edges {
      node {
        id
        name
        countryName
        status
        partnerCount
      }
    }
  }
}
`;
