// GraphiQL for GET /graphql from a browser: bundled here (no CDN) and served by the API with its CSP.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './graphiql.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';

const exampleQuery = `# Welcome to the OcopMarket GraphQL API.
# Search ignores Vietnamese diacritics: "nuoc mam" finds "Nước mắm".
# Press the ▶ button (Ctrl-Enter) to run; the Docs button opens the schema.
# Shops send their key in the Headers tab: { "X-Api-Key": "…" }; signed-in users { "Authorization": "Bearer …" }.

query SearchProducts($search: String = "nuoc mam") {
  products(first: 5, search: $search) {
    totalCount
    nodes {
      name
      slug
      minPrice
      certified
      cooperative { name province { name } }
    }
  }
}
`;

const fetcher = createGraphiQLFetcher({ url: '/graphql' });

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <GraphiQL
      fetcher={fetcher}
      defaultQuery={exampleQuery}
      defaultEditorToolsVisibility="headers"
    />
  </StrictMode>,
);
