/** The page at `/`: where everything is. Plain HTML, no scripts. */
export const landingPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Synergia</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1b1f24}a{color:#0b5cad}li{margin:.5rem 0}</style>
</head><body><main>
<h1>Synergia</h1>
<p>Coordination and results platform for networks working for the right to social protection.</p>
<ul>
<li><a href="/national/">National synergy app</a> — coordinate a synergy's partners and joint actions</li>
<li><a href="/continental/">Continental network app</a> — synergies across countries, people and roles</li>
<li><a href="/graphql">GraphQL API</a> — explore it in GraphiQL</li>
</ul>
</main></body></html>`;
