# llm-boundary container image. Node runs the TypeScript sources directly (type stripping), so there
# is no compile step: the build stage only installs production dependencies, compiling the re2
# native addon with the toolchain that the runtime image does not carry.

FROM node:24-bookworm-slim AS build
WORKDIR /app
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production \
    LLM_BOUNDARY_GRPC_LISTEN=0.0.0.0:50051 \
    LLM_BOUNDARY_ADMIN_LISTEN=0.0.0.0:9464
WORKDIR /app
COPY --from=build --chown=root:root /app/node_modules ./node_modules
COPY --chown=root:root package.json ./
COPY --chown=root:root bin ./bin
COPY --chown=root:root src ./src
COPY --chown=root:root protos ./protos
COPY --chown=root:root policies ./policies
COPY --chown=root:root schema ./schema
COPY --chown=root:root models ./models
COPY --chown=root:root deploy/docker/healthcheck.ts ./deploy/docker/healthcheck.ts
# The code is owned by root and read-only for the service user; only /app/data (audit store, audit
# key) is writable. The node image ships the unprivileged user "node" (uid 1000).
RUN mkdir -p /app/data && chown node:node /app/data
USER 1000:1000
EXPOSE 50051 9464
HEALTHCHECK --interval=10s --timeout=3s --start-period=10s --retries=3 \
  CMD ["node", "deploy/docker/healthcheck.ts"]
ENTRYPOINT ["node", "--initial-old-space-size=160", "src/cli.ts"]
CMD ["serve"]
