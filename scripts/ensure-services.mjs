// The server suites run on PostgreSQL (127.0.0.1:5432, user postgres, database test, trust on
// loopback) and Redis (127.0.0.1:6379) as well as SQLite. This starts them when they are
// installed but down, installs Debian's packages when they are missing and we may, and creates
// the test database. Set SKIP_SERVICES=1 to leave the machine alone (the suites then fail loudly).
import { execSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { connect } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

if (process.env.SKIP_SERVICES === "1") process.exit(0);

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const sudo = isRoot ? "" : "sudo ";
const run = (command) => execSync(command, { stdio: "inherit" });
const quiet = (command) => {
  try {
    return execSync(command, { stdio: ["ignore", "pipe", "ignore"] })
      .toString()
      .trim();
  } catch {
    return null;
  }
};
const has = (command) => quiet(`command -v ${command}`) !== null;

function listening(port) {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    socket.setTimeout(1000);
    socket.once("connect", () => resolve(socket.destroy() ?? true));
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => resolve(socket.destroy() ?? false));
  });
}

async function waitListening(port, what) {
  for (let i = 0; i < 60; i++) {
    if (await listening(port)) return;
    await sleep(500);
  }
  throw new Error(`${what} did not start listening on 127.0.0.1:${port}.`);
}

let aptUpdated = false;
function aptInstall(packages) {
  console.log(`Installing Debian's ${packages.join(" and ")}…`);
  if (!aptUpdated) run(`${sudo}apt-get update -qq`);
  aptUpdated = true;
  run(`${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages.join(" ")}`);
}

const pgVersions = () => (existsSync("/etc/postgresql") ? readdirSync("/etc/postgresql") : []);

async function ensurePostgres() {
  if (!(await listening(5432))) {
    const installedNow = pgVersions().length === 0;
    if (installedNow) aptInstall(["postgresql"]);
    const version = pgVersions()[0];
    const cluster = `${sudo}pg_ctlcluster --skip-systemctl-redirect ${version} main`;
    if (installedNow) {
      // A cluster we just installed: let the suites in from loopback without a password, as CI's
      // is. PostgreSQL takes the first matching line, so ours goes before Debian's own.
      run(`${sudo}sed -i '1i host all postgres 127.0.0.1/32 trust' /etc/postgresql/${version}/main/pg_hba.conf`);
    }
    if (await listening(5432)) {
      run(`${cluster} reload`);
    } else {
      console.log(`Starting PostgreSQL ${version}…`);
      run(`${cluster} start`);
      await waitListening(5432, "PostgreSQL");
    }
  }
  if (!has("psql")) return; // A PostgreSQL elsewhere: its 'test' database is its owner's business.
  const psql = `psql -h 127.0.0.1 -U postgres -d postgres -tAc`;
  if (quiet(`${psql} "SELECT 1 FROM pg_database WHERE datname = 'test'"`) !== "1") {
    console.log("Creating the PostgreSQL database 'test'…");
    run(`${psql} "CREATE DATABASE test"`);
  }
}

async function ensureRedis() {
  if (!has("redis-server")) aptInstall(["redis-server"]);
  if (await listening(6379)) return;
  console.log("Starting Redis…");
  run(`redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no`);
  await waitListening(6379, "Redis");
}

try {
  await ensurePostgres();
  await ensureRedis();
} catch (error) {
  console.error(`Could not get PostgreSQL and Redis ready: ${error.message}`);
  console.error(
    "Start them yourself (PostgreSQL on 127.0.0.1:5432 with a 'test' database and trust for postgres on loopback; Redis on 127.0.0.1:6379).",
  );
  process.exit(1);
}
