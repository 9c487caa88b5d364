# The Decision Lineage API and CLI (`lineage`). Used by docker-compose.yml; works with any Neo4j via NEO4J_URI.
FROM node:20-bookworm AS build
WORKDIR /app
COPY package.json package-lock.json ./
# Scripts run after the sources are in place (`prepare` builds TypeScript).
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY . .
RUN npm rebuild && npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app /app
USER node
EXPOSE 4000
CMD ["node", "dist/cli/main.js", "serve", "--host", "0.0.0.0"]
