# syntax=docker/dockerfile:1
# cb-event-bridge container image.
#
#   docker build -t cb-event-bridge .
#   docker run -v ./routes.yaml:/etc/cb-event-bridge/routes.yaml:ro -v cb-bridge-data:/var/lib/cb-event-bridge \
#     -e CB_BRIDGE_AMQP_URL_FILE=/run/secrets/amqp-url -e CB_BRIDGE_ADMIN_TOKEN_FILE=/run/secrets/admin-token \
#     -p 9464:9464 cb-event-bridge
#
# Stages: `build` compiles the TypeScript with the full toolchain, `deps` installs the production
# dependencies alone into a clean folder, and the runtime stage holds only those two results on
# Node's slim Debian image. test/integration/container-image.test.ts assembles the runtime stage's
# files with these same instructions and starts the bridge from them as an unprivileged user.

ARG NODE_IMAGE=node:24-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY scripts/copy-assets.mjs scripts/
COPY src src
COPY bench bench
RUN npm run build

FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

FROM ${NODE_IMAGE}
# tini is PID 1: it forwards SIGTERM (drain, then exit) and SIGHUP (reload the routes file) to the
# bridge and reaps children. The version is the one Debian ships with the base image's release.
# hadolint ignore=DL3008
RUN apt-get update \
 && apt-get install -y --no-install-recommends tini \
 && rm -rf /var/lib/apt/lists/* \
 && mkdir -p /etc/cb-event-bridge /var/lib/cb-event-bridge \
 && chown 1000:1000 /var/lib/cb-event-bridge
WORKDIR /opt/cb-event-bridge
COPY package.json ./
COPY bin bin
COPY schemas schemas
COPY config /etc/cb-event-bridge/examples
COPY deploy/docker/healthcheck.js healthcheck.js
COPY --from=deps /app/node_modules node_modules
COPY --from=build /src/dist/src dist/src
ENV NODE_ENV=production \
    CB_BRIDGE_ROUTES=/etc/cb-event-bridge/routes.yaml \
    CB_BRIDGE_ADMIN_HOST=0.0.0.0 \
    CB_BRIDGE_ADMIN_PORT=9464
# Relative paths in the routes file (file sinks, the default dead-letter file) land in the volume.
WORKDIR /var/lib/cb-event-bridge
VOLUME ["/var/lib/cb-event-bridge"]
# The image's `node` user (uid and gid 1000), numeric so Kubernetes can check runAsNonRoot.
USER 1000:1000
EXPOSE 9464
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 CMD ["node", "/opt/cb-event-bridge/healthcheck.js"]
ENTRYPOINT ["tini", "--", "node", "/opt/cb-event-bridge/bin/cb-event-bridge.js"]
CMD ["run"]
