"use strict";
exports.id = 208;
exports.ids = [208];
exports.modules = {

/***/ 208:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fromDefaultChain: function() { return /* binding */ fromDefaultChain; }
});

// UNUSED EXPORTS: MAX_PROFILE_FILE_BYTES

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/failures/errors.ts
var errors = __webpack_require__(8380);
// EXTERNAL MODULE: ./src/report/urls.ts
var urls = __webpack_require__(414);
// EXTERNAL MODULE: ./src/credentials/sources.ts
var sources = __webpack_require__(980);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
;// CONCATENATED MODULE: ./src/credentials/bounded-uri-request.ts


/**
 * The HTTP request of @alicloud/credentials' URICredentialsProvider, bounded. The library's
 * own (httpx.read) keeps every byte of the answer with no size limit, and at its read
 * timeout it rejects but leaves the response streaming: a server that drips keeps the
 * socket (and the process) alive for good, one that floods fills memory. The provider takes
 * its request function from its `doRequest` member; this one is put there. It reads at most
 * `maxBytes`, and at the bound or the cap it destroys the request, so nothing stays open.
 * The provider still checks the status and parses the answer itself.
 */
/** A credentials URI answers with a few hundred bytes of JSON. */
const MAX_URI_ANSWER_BYTES = 64 * 1024;
function boundedUriRequest(options) {
    const maxBytes = options.maxBytes ?? MAX_URI_ANSWER_BYTES;
    return req => new Promise((resolve, reject) => {
        const url = new URL(req.toRequestURL());
        const send = url.protocol === 'https:' ? external_node_https_.request : external_node_http_.request;
        const request = send(url, { method: req.method ?? 'GET', headers: req.headers });
        let settled = false;
        const fail = (err) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            request.destroy();
            reject(err);
        };
        const timer = setTimeout(() => fail(Object.assign(new Error(`no answer within ${options.timeoutMs} ms`), {
            code: 'ETIMEOUT'
        })), options.timeoutMs);
        request.on('error', fail);
        request.on('response', response => {
            const chunks = [];
            let size = 0;
            response.on('data', (chunk) => {
                size += chunk.length;
                if (size > maxBytes) {
                    fail(Object.assign(new Error(`the answer is larger than ${maxBytes / 1024} KiB, so it was not read`), { code: 'ETOOLARGE' }));
                    return;
                }
                chunks.push(chunk);
            });
            response.on('error', fail);
            response.on('end', () => {
                if (settled)
                    return;
                settled = true;
                clearTimeout(timer);
                resolve({
                    statusCode: response.statusCode ?? 0,
                    headers: response.headers,
                    body: Buffer.concat(chunks, size)
                });
            });
        });
        request.end();
    });
}

;// CONCATENATED MODULE: ./src/credentials/default-chain.ts







/** The sources before the chain, as the message lists them. */
const TRIED_FIRST = sources/* EXPLICIT_SOURCES */.ED.map(s => `${(0,sources/* describeSource */.B6)(s)}: ${s.from === 'inputs' ? 'not given' : 'not set'}`);
const METADATA_HOST = '100.100.100.200';
/** The metadata service answers within milliseconds; elsewhere nothing answers at all. */
const METADATA_CONNECT_TIMEOUT_MS = 1000;
/** No profile file of a runner comes near this; a larger one is not read. */
const MAX_PROFILE_FILE_BYTES = 1024 * 1024;
/**
 * Why the library must not be handed `path`, or undefined when it may read it: only a
 * regular file of at most MAX_PROFILE_FILE_BYTES. The library reads the whole file, with no
 * bound, from wherever the path leads: a FIFO would hold the process open for good, and
 * /dev/zero would fill memory. stat opens nothing, so it cannot block on a FIFO.
 */
function unreadable(path) {
    const stat = (0,external_node_fs_.statSync)(path, { throwIfNoEntry: false });
    if (!stat)
        return 'no such file';
    if (!stat.isFile())
        return 'not a regular file (a FIFO, device or directory), so it is not read';
    if (stat.size > MAX_PROFILE_FILE_BYTES)
        return `larger than ${MAX_PROFILE_FILE_BYTES / 1024 / 1024} MiB, so it is not read`;
    return undefined;
}
/**
 * Profile modes whose provider writes what it obtains (the AccessKey secret included) back
 * into ~/.aliyun/config.json: the action writes nothing to disk, so it does not use them.
 */
const WRITING_MODES = new Set(['External', 'OAuth']);
/** The mode of `name`, or of a profile it takes its keys from (source_profile), that writes back. */
function writingMode(config, name) {
    const seen = new Set();
    for (let at = name; at && !seen.has(at);) {
        seen.add(at);
        const profile = config.profiles?.find(p => p.name === at);
        if (profile?.mode && WRITING_MODES.has(profile.mode))
            return profile.mode;
        at = profile?.source_profile;
    }
    return undefined;
}
/** Credentials from the first source of the chain that yields them; masked before use. */
async function fromDefaultChain(deps) {
    const tried = [...TRIED_FIRST];
    let firstFailure;
    let loaded;
    for (const source of chainSources(deps.env, deps.timeoutMs)) {
        if (!source.attempt) {
            tried.push(`${source.name}: ${source.skipped}`);
            continue;
        }
        const leftMs = deps.budget.deadline - deps.budget.now();
        if (leftMs <= 0) {
            tried.push(`${source.name}: not tried, the step's time budget ran out`);
            continue;
        }
        try {
            const lib = (loaded ??= await loadLibrary());
            const attempt = source.attempt;
            const boundMs = Math.min(deps.timeoutMs, leftMs);
            const { creds, from } = await bounded((async () => {
                const { provider, from } = await attempt(lib, boundMs);
                return { creds: await provider.getCredentials(), from };
            })(), boundMs);
            if (!creds?.accessKeyId || !creds.accessKeySecret)
                throw new Error('no AccessKey in the answer');
            deps.mask(creds.accessKeySecret);
            if (creds.securityToken)
                deps.mask(creds.securityToken);
            deps.log(`Using credentials from ${from()}: AccessKey ${creds.accessKeyId}.`);
            return {
                accessKeyId: creds.accessKeyId,
                accessKeySecret: creds.accessKeySecret,
                securityToken: creds.securityToken || undefined,
                secretFrom: from()
            };
        }
        catch (err) {
            const why = failure(err, deps.env);
            firstFailure ??= `${source.name}: ${why}`;
            tried.push(`${source.name}: ${why}`);
        }
    }
    const todo = firstFailure
        ? `Fix the first source that failed (${firstFailure}), or give credentials explicitly`
        : 'Add credentials';
    throw new errors/* ActionError */.lZ(`No credentials: no source gave any. Tried, in order:\n${tried.map((t, i) => `  ${i + 1}. ${t}`).join('\n')}\n` +
        `${todo}: role-to-assume and oidc-provider-arn for keyless GitHub OIDC (the job needs permissions: id-token: write), ` +
        'or access-key-id and access-key-secret from secrets.', undefined, 'NoCredentials');
}
function chainSources(env, timeoutMs) {
    const home = (0,external_node_os_.homedir)();
    const profileName = env.ALIBABA_CLOUD_PROFILE?.trim() || undefined;
    return [
        credentialsUri(env, timeoutMs),
        cliProfile(env, home, profileName),
        credentialsFile(env, home, profileName),
        ecsRole(env, timeoutMs)
    ];
}
function credentialsUri(env, timeoutMs) {
    const name = 'credentials URI (ALIBABA_CLOUD_CREDENTIALS_URI)';
    const uri = env.ALIBABA_CLOUD_CREDENTIALS_URI?.trim();
    if (!uri)
        return { name, skipped: 'not set' };
    const host = (0,urls/* httpHost */.r6)(uri);
    if (!host) {
        return {
            name,
            attempt: async () => {
                throw new Error('not an http(s) URL');
            }
        };
    }
    return {
        name,
        attempt: async ({ lib }, boundMs) => {
            const provider = lib.URICredentialsProvider.builder()
                .withCredentialsURI(uri)
                .withConnectTimeout(timeoutMs)
                .withReadTimeout(timeoutMs)
                .build();
            // The library's request reads without a size cap and leaves the socket open at its
            // timeout (src/credentials/bounded-uri-request.ts): the provider's request member is replaced.
            Object.assign(provider, { doRequest: boundedUriRequest({ timeoutMs: boundMs }) });
            return {
                provider,
                from: () => `the credentials URI at ${host} (ALIBABA_CLOUD_CREDENTIALS_URI)`
            };
        }
    };
}
function cliProfile(env, home, profileName) {
    const path = (0,external_node_path_.join)(home, '.aliyun', 'config.json');
    const name = `aliyun CLI configuration (${path})`;
    if (isTrue(env.ALIBABA_CLOUD_CLI_PROFILE_DISABLED)) {
        return { name, skipped: 'turned off by ALIBABA_CLOUD_CLI_PROFILE_DISABLED' };
    }
    if (!(0,external_node_fs_.existsSync)(path))
        return { name, skipped: 'no such file' };
    return {
        name,
        attempt: async ({ lib, cli }) => {
            const refused = unreadable(path);
            if (refused)
                throw new Error(refused);
            const config = await cli.getConfiguration(path);
            const profile = profileName ?? config.current;
            const { mode } = cli.getProfile(config, profile);
            const writes = writingMode(config, profile);
            if (writes) {
                throw new Error(`mode ${writes} (profile "${profile}") makes the library write the secret it obtains back into the file, so the action does not use it: use mode AK, StsToken, RamRoleArn or EcsRamRole`);
            }
            return {
                provider: lib.CLIProfileCredentialsProvider.builder().withProfileName(profile).build(),
                from: () => `profile "${profile}" (mode ${mode}) of ${path}` +
                    (profileName ? ' (ALIBABA_CLOUD_PROFILE)' : '')
            };
        }
    };
}
function credentialsFile(env, home, profileName) {
    const named = env.ALIBABA_CLOUD_CREDENTIALS_FILE?.trim();
    const path = named || (0,external_node_path_.join)(home, '.alibabacloud', 'credentials');
    const profile = profileName ?? 'default';
    const name = `profile "${profile}" of the credentials file (${path})`;
    if (!(0,external_node_fs_.existsSync)(path)) {
        return {
            name,
            skipped: named ? 'no such file (named by ALIBABA_CLOUD_CREDENTIALS_FILE)' : 'no such file'
        };
    }
    return {
        name,
        attempt: async ({ lib }) => {
            const refused = unreadable(path);
            if (refused)
                throw new Error(refused);
            return {
                // The library reads ALIBABA_CLOUD_CREDENTIALS_FILE itself: the same variable, the same file.
                provider: lib.ProfileCredentialsProvider.builder().withProfileName(profile).build(),
                from: () => `profile "${profile}" of ${path}`
            };
        }
    };
}
function ecsRole(env, timeoutMs) {
    const name = `ECS instance RAM role (metadata service ${METADATA_HOST})`;
    if (isTrue(env.ALIBABA_CLOUD_ECS_METADATA_DISABLED)) {
        return { name, skipped: 'turned off by ALIBABA_CLOUD_ECS_METADATA_DISABLED' };
    }
    const named = env.ALIBABA_CLOUD_ECS_METADATA?.trim() || undefined;
    return {
        name,
        attempt: async ({ lib }) => {
            // Hardened mode only: every request carries a metadata session token.
            const build = (role) => {
                const builder = lib.ECSRAMRoleCredentialsProvider.builder()
                    .withDisableIMDSv1(true)
                    .withConnectTimeout(Math.min(timeoutMs, METADATA_CONNECT_TIMEOUT_MS))
                    .withReadTimeout(timeoutMs);
                return (role ? builder.withRoleName(role) : builder).build();
            };
            const role = named ?? (await attachedRole(build()));
            return {
                provider: build(role),
                from: () => role
                    ? `the ECS instance RAM role "${role}"` +
                        (named ? ' (ALIBABA_CLOUD_ECS_METADATA)' : '') +
                        ' from the metadata service'
                    : 'the ECS instance RAM role from the metadata service'
            };
        }
    };
}
/** The role attached to the instance, as the library finds it; undefined if it cannot say. */
async function attachedRole(provider) {
    const find = provider.getRoleName;
    if (typeof find !== 'function')
        return undefined;
    return (await find.call(provider)) || undefined;
}
async function loadLibrary() {
    // A path inside the package, not its name: the bundle maps the name to a stand-in for
    // @alicloud/openapi-client's start-up import (scripts/build.mjs), never this one.
    const [lib, cli] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(746), __webpack_require__.e(333), __webpack_require__.e(855)]).then(__webpack_require__.t.bind(__webpack_require__, 477, 23)),
        Promise.all(/* import() */[__webpack_require__.e(333), __webpack_require__.e(729)]).then(__webpack_require__.t.bind(__webpack_require__, 5333, 23))
    ]);
    return {
        lib: commonJs(lib, 'URICredentialsProvider'),
        cli: commonJs(cli, 'getConfiguration')
    };
}
/** A CommonJS module's exports: on `default` under Node's ESM loader, as they are in the bundle. */
function commonJs(mod, member) {
    const m = mod;
    return (typeof m[member] === 'function' ? m : m.default);
}
function bounded(promise, ms) {
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(Object.assign(new Error(`no answer within ${ms} ms`), { code: 'ETIMEOUT' })), ms);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
/**
 * Why a source failed, in words that hold no secret: the library's messages can carry a
 * response body, a file's content or the credentials URI, so only their first clause is kept.
 */
function failure(err, env) {
    const e = (typeof err === 'object' && err !== null ? err : {});
    const message = String(e.message ?? err);
    const network = /\b(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN)\b/.exec(`${e.code ?? ''} ${message}`);
    if (network)
        return `no answer (${network[1]})`;
    if (e.code === 'ETIMEOUT' || /Timeout/.test(`${e.name ?? ''} ${message}`)) {
        return 'no answer in time';
    }
    for (const [pattern, words] of LIBRARY_FAILURES) {
        const m = pattern.exec(message);
        if (m)
            return words.replace(/\$(\d)/g, (_, i) => m[Number(i)] ?? '');
    }
    let text = message.split(/ message = | result: |: \{|failed: |\r|\n/)[0];
    const uri = env.ALIBABA_CLOUD_CREDENTIALS_URI?.trim();
    if (uri)
        text = text.split(uri).join((0,urls/* httpHost */.r6)(uri) ?? 'the credentials URI');
    text = text.replace(/https?:\/\/\S+/g, url => (0,urls/* httpHost */.r6)(url) ?? 'a URL');
    return text.length > 200 ? `${text.slice(0, 200)}\u2026` : text;
}
/** The library's messages, in words of the action's that hold nothing read or received. */
const LIBRARY_FAILURES = [
    [/get sts token failed, httpStatus: (\d+)/, 'the answer was HTTP $1'],
    [/json parse failed/, 'the answer is not JSON'],
    [
        /error retrieving credentials from credentialsURI|^get sts token failed$/,
        'the answer lacks credentials'
    ],
    [/Code is not Success/, 'the answer says its Code is not Success'],
    [/get metadata token failed with (\d+)/, 'no metadata session token (HTTP $1)'],
    [/get role name failed: \S+ \S+ 404/, 'no RAM role is attached to the instance'],
    [/get role name failed: \S+ \S+ (\d+)/, 'the role name query was answered HTTP $1'],
    [/reading aliyun cli config/, 'the file cannot be read'],
    [/parse aliyun cli config/, 'the file is not valid JSON'],
    [/no any configured profiles/, 'the file has no profiles'],
    [/unable to get profile with '([^']*)'/, 'no profile "$1" in the file'],
    [/unsupported profile mode '([^']*)'/, 'mode "$1" is not supported'],
    [/Can not find credential type for "([^"]*)"/, 'no profile "$1" with a type in the file'],
    [/Invalid type option/, 'the profile type is not access_key, ecs_ram_role or ram_role_arn']
];
function isTrue(value) {
    return value?.trim().toLowerCase() === 'true';
}


/***/ })

};
;