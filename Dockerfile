# Scrutineer: the bot and the worker in one image (run "bot" or "worker" as the command).
FROM node:20-bookworm-slim

# Debian's Chromium renders the PDFs; DejaVu and Liberation cover the glyphs reports use (↑ ↓ → £ –).
RUN apt-get update \
 && apt-get install -y --no-install-recommends chromium fonts-dejavu-core fonts-liberation2 poppler-utils ca-certificates tini \
 && rm -rf /var/lib/apt/lists/*

ENV NODE_ENV=production \
    PUPPETEER_SKIP_DOWNLOAD=1 \
    PUPPETEER_EXECUTABLE_PATH=/usr/bin/chromium \
    TZ=Europe/London \
    DATABASE_URL=file:/app/data/scrutineer.db \
    SCRUTINEER_REPORTS_DIR=/app/data/reports \
    PORT=3000

WORKDIR /app
COPY package.json package-lock.json ./
# better-sqlite3 builds from source when no prebuilt binary can be fetched.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ \
 && npm ci --omit=dev --no-audit --no-fund \
 && apt-get purge -y python3 make g++ && apt-get autoremove -y && rm -rf /var/lib/apt/lists/* /root/.npm
COPY . .
RUN npx prisma generate \
 && PRISMA_SCHEMA=prisma/postgresql/schema.prisma npx prisma generate \
 && mkdir -p /app/data && chown -R node:node /app/data

USER node
EXPOSE 3000
VOLUME ["/app/data"]
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"

ENTRYPOINT ["/usr/bin/tini", "--", "node", "bin/scrutineer.mjs"]
CMD ["bot"]
