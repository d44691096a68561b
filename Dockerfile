# One image for every GrowOps process (api, collab, migrate); the command picks which.
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV TURBO_TELEMETRY_DISABLED=1 PRISMA_HIDE_UPDATE_MESSAGE=1
COPY . .
RUN npm ci --no-audit --no-fund && npx turbo run build --filter=@growops/web

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production WEB_DIST_DIR=/app/apps/web/dist
COPY --from=build /app /app
EXPOSE 3000 1234
CMD ["node_modules/.bin/tsx", "apps/api/src/main.ts"]
