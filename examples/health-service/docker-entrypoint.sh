#!/bin/sh
# Container entrypoint: wait for the database, migrate, then become the service.
#
#   ENTRYPOINT ["./docker-entrypoint.sh"]
#   CMD ["node", "dist/server.js"]
#
# DATABASE_URL names the database. DB_MAX_RETRIES and DB_RETRY_INTERVAL bound the
# wait (default 30 attempts, 2 s apart); a wrong password or a missing database
# fails at once. Any failure exits non-zero and the service never starts.
set -eu
npx --no-install athanor upgrade head --wait
exec "$@"
