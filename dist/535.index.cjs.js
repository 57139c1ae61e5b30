"use strict";
exports.id = 535;
exports.ids = [535];
exports.modules = {

/***/ 6535:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fromDefaultChain: () => (/* binding */ fromDefaultChain)
/* harmony export */ });
/* unused harmony export MAX_PROFILE_FILE_BYTES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _failures_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8380);
/* harmony import */ var _report_urls_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(414);
/* harmony import */ var _sources_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(980);






/** The sources before the chain, as the message lists them. */
const TRIED_FIRST = _sources_js__WEBPACK_IMPORTED_MODULE_4__/* .EXPLICIT_SOURCES */ .ED.map(s => `${(0,_sources_js__WEBPACK_IMPORTED_MODULE_4__/* .describeSource */ .B6)(s)}: ${s.from === 'inputs' ? 'not given' : 'not set'}`);
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
    const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path, { throwIfNoEntry: false });
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
            const { creds, from } = await bounded((async () => {
                const { provider, from } = await attempt(lib);
                return { creds: await provider.getCredentials(), from };
            })(), Math.min(deps.timeoutMs, leftMs));
            if (!creds?.accessKeyId || !creds.accessKeySecret)
                throw new Error('no AccessKey in the answer');
            deps.mask(creds.accessKeySecret);
            if (creds.securityToken)
                deps.mask(creds.securityToken);
            deps.log(`Using credentials from ${from()}: AccessKey ${creds.accessKeyId}.`);
            return {
                accessKeyId: creds.accessKeyId,
                accessKeySecret: creds.accessKeySecret,
                securityToken: creds.securityToken || undefined
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
    throw new _failures_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .lZ(`No credentials: no source gave any. Tried, in order:\n${tried.map((t, i) => `  ${i + 1}. ${t}`).join('\n')}\n` +
        `${todo}: role-to-assume and oidc-provider-arn for keyless GitHub OIDC (the job needs permissions: id-token: write), ` +
        'or access-key-id and access-key-secret from secrets.', undefined, 'NoCredentials');
}
function chainSources(env, timeoutMs) {
    const home = (0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)();
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
    const host = (0,_report_urls_js__WEBPACK_IMPORTED_MODULE_5__/* .httpHost */ .r6)(uri);
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
        attempt: async ({ lib }) => ({
            provider: lib.URICredentialsProvider.builder()
                .withCredentialsURI(uri)
                .withConnectTimeout(timeoutMs)
                .withReadTimeout(timeoutMs)
                .build(),
            from: () => `the credentials URI at ${host} (ALIBABA_CLOUD_CREDENTIALS_URI)`
        })
    };
}
function cliProfile(env, home, profileName) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(home, '.aliyun', 'config.json');
    const name = `aliyun CLI configuration (${path})`;
    if (isTrue(env.ALIBABA_CLOUD_CLI_PROFILE_DISABLED)) {
        return { name, skipped: 'turned off by ALIBABA_CLOUD_CLI_PROFILE_DISABLED' };
    }
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
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
    const path = named || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(home, '.alibabacloud', 'credentials');
    const profile = profileName ?? 'default';
    const name = `profile "${profile}" of the credentials file (${path})`;
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path)) {
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
        Promise.all(/* import() */[__webpack_require__.e(729), __webpack_require__.e(333), __webpack_require__.e(477)]).then(__webpack_require__.t.bind(__webpack_require__, 477, 23)),
        Promise.all(/* import() */[__webpack_require__.e(729), __webpack_require__.e(333)]).then(__webpack_require__.t.bind(__webpack_require__, 5333, 23))
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
        text = text.split(uri).join((0,_report_urls_js__WEBPACK_IMPORTED_MODULE_5__/* .httpHost */ .r6)(uri) ?? 'the credentials URI');
    text = text.replace(/https?:\/\/\S+/g, url => (0,_report_urls_js__WEBPACK_IMPORTED_MODULE_5__/* .httpHost */ .r6)(url) ?? 'a URL');
    return text.length > 200 ? `${text.slice(0, 200)}…` : text;
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