exports.id = 333;
exports.ids = [333];
exports.modules = {

/***/ 8606:
/***/ (function(__unused_webpack_module, exports) {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CredentialsBuilder = void 0;
class Credentials {
    constructor(builder) {
        this.accessKeyId = builder.accessKeyId;
        this.accessKeySecret = builder.accessKeySecret;
        this.securityToken = builder.securityToken;
        this.providerName = builder.providerName;
    }
    static builder() {
        return new CredentialsBuilder();
    }
}
exports["default"] = Credentials;
class CredentialsBuilder {
    withAccessKeyId(value) {
        this.accessKeyId = value;
        return this;
    }
    withAccessKeySecret(value) {
        this.accessKeySecret = value;
        return this;
    }
    withSecurityToken(value) {
        this.securityToken = value;
        return this;
    }
    withProviderName(value) {
        this.providerName = value;
        return this;
    }
    build() {
        return new Credentials(this);
    }
}
exports.CredentialsBuilder = CredentialsBuilder;
//# sourceMappingURL=credentials.js.map

/***/ }),

/***/ 5333:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {

"use strict";

var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getProfile = exports.getConfiguration = void 0;
const fs_1 = __webpack_require__(9896);
const util_1 = __webpack_require__(9023);
const path_1 = __importDefault(__webpack_require__(6928));
const os_1 = __importDefault(__webpack_require__(857));
const credentials_1 = __importDefault(__webpack_require__(8606));
const static_ak_1 = __importDefault(__webpack_require__(174));
const static_sts_1 = __importDefault(__webpack_require__(6416));
const ram_role_arn_1 = __importDefault(__webpack_require__(5056));
const oidc_role_arn_1 = __importDefault(__webpack_require__(2847));
const ecs_ram_role_1 = __importDefault(__webpack_require__(3630));
const cloud_sso_1 = __importDefault(__webpack_require__(5336));
const oauth_1 = __importDefault(__webpack_require__(3082));
const external_1 = __importDefault(__webpack_require__(8330));
const readFileAsync = (0, util_1.promisify)(fs_1.readFile);
const writeFileAsync = (0, util_1.promisify)(fs_1.writeFile);
const OAUTH_BASE_URL_MAP = {
    'CN': 'https://oauth.aliyun.com',
    'INTL': 'https://oauth.alibabacloud.com',
};
const OAUTH_CLIENT_MAP = {
    'CN': '4038181954557748008',
    'INTL': '4103531455503354461',
};
class CLIProfileCredentialsProviderBuilder {
    build() {
        // \u4f18\u5148\u7ea7\uff1a
        // 1. \u4f7f\u7528\u663e\u793a\u6307\u5b9a\u7684 profileName
        // 2. \u4f7f\u7528\u73af\u5883\u53d8\u91cf\uff08ALIBABA_CLOUD_PROFILE\uff09\u5236\u5b9a\u7684 profileName
        // 3. \u4f7f\u7528 CLI \u914d\u7f6e\u4e2d\u7684\u5f53\u524d profileName
        if (!this.profileName) {
            this.profileName = process.env.ALIBABA_CLOUD_PROFILE;
        }
        if (process.env.ALIBABA_CLOUD_CLI_PROFILE_DISABLED && process.env.ALIBABA_CLOUD_CLI_PROFILE_DISABLED.toLowerCase() === 'true') {
            throw new Error('the CLI profile is disabled');
        }
        return new CLIProfileCredentialsProvider(this);
    }
    withProfileName(profileName) {
        this.profileName = profileName;
        return this;
    }
}
class Configuration {
}
async function getConfiguration(cfgPath) {
    let content;
    try {
        content = await readFileAsync(cfgPath, 'utf8');
    }
    catch (ex) {
        throw new Error(`reading aliyun cli config from '${cfgPath}' failed.`);
    }
    let conf;
    try {
        conf = JSON.parse(content);
    }
    catch (ex) {
        throw new Error(`parse aliyun cli config from '${cfgPath}' failed: ${content}`);
    }
    if (!conf || !conf.profiles || conf.profiles.length === 0) {
        throw new Error(`no any configured profiles in '${cfgPath}'`);
    }
    return conf;
}
exports.getConfiguration = getConfiguration;
function getProfile(conf, profileName) {
    for (const p of conf.profiles) {
        if (p.name === profileName) {
            return p;
        }
    }
    throw new Error(`unable to get profile with '${profileName}'`);
}
exports.getProfile = getProfile;
class CLIProfileCredentialsProvider {
    static builder() {
        return new CLIProfileCredentialsProviderBuilder();
    }
    constructor(builder) {
        // used for mock
        this.homedir = os_1.default.homedir();
        this.profileName = builder.profileName;
    }
    createOAuthTokenUpdateCallback(conf, profileName) {
        return async (refreshToken, accessToken, accessKeyId, accessKeySecret, securityToken, accessTokenExpire, stsExpire) => {
            try {
                const cfgPath = path_1.default.join(this.homedir, '.aliyun', 'config.json');
                const content = await readFileAsync(cfgPath, 'utf8');
                const config = JSON.parse(content);
                if (!config || !config.profiles)
                    return;
                const oauthProfile = this.findOAuthProfile(config, profileName);
                if (!oauthProfile)
                    return;
                oauthProfile.oauth_refresh_token = refreshToken;
                oauthProfile.oauth_access_token = accessToken;
                oauthProfile.oauth_access_token_expire = accessTokenExpire;
                oauthProfile.access_key_id = accessKeyId;
                oauthProfile.access_key_secret = accessKeySecret;
                oauthProfile.sts_token = securityToken;
                oauthProfile.sts_expiration = stsExpire;
                await writeFileAsync(cfgPath, JSON.stringify(config, null, 4), 'utf8');
            }
            catch (e) {
                // Warning only
            }
        };
    }
    findOAuthProfile(conf, profileName) {
        for (const p of conf.profiles) {
            if (p.name === profileName) {
                if (p.mode === 'OAuth')
                    return p;
                if (p.source_profile)
                    return this.findOAuthProfile(conf, p.source_profile);
                return null;
            }
        }
        return null;
    }
    createExternalCredentialUpdateCallback(conf, profileName) {
        return async (accessKeyId, accessKeySecret, securityToken, expiration) => {
            try {
                const cfgPath = path_1.default.join(this.homedir, '.aliyun', 'config.json');
                const content = await readFileAsync(cfgPath, 'utf8');
                const config = JSON.parse(content);
                if (!config || !config.profiles)
                    return;
                const externalProfile = this.findExternalProfile(config, profileName);
                if (!externalProfile)
                    return;
                externalProfile.access_key_id = accessKeyId;
                externalProfile.access_key_secret = accessKeySecret;
                externalProfile.sts_token = securityToken;
                externalProfile.sts_expiration = expiration;
                await writeFileAsync(cfgPath, JSON.stringify(config, null, 4), 'utf8');
            }
            catch (e) {
                // Warning only
            }
        };
    }
    findExternalProfile(conf, profileName) {
        for (const p of conf.profiles) {
            if (p.name === profileName) {
                if (p.mode === 'External')
                    return p;
                if (p.source_profile)
                    return this.findExternalProfile(conf, p.source_profile);
                return null;
            }
        }
        return null;
    }
    getCredentialsProvider(conf, profileName) {
        const p = getProfile(conf, profileName);
        switch (p.mode) {
            case 'AK':
                return static_ak_1.default.builder()
                    .withAccessKeyId(p.access_key_id)
                    .withAccessKeySecret(p.access_key_secret)
                    .build();
            case 'StsToken':
                return static_sts_1.default.builder()
                    .withAccessKeyId(p.access_key_id)
                    .withAccessKeySecret(p.access_key_secret)
                    .withSecurityToken(p.sts_token)
                    .build();
            case 'RamRoleArn': {
                const previousProvider = static_ak_1.default.builder()
                    .withAccessKeyId(p.access_key_id)
                    .withAccessKeySecret(p.access_key_secret)
                    .build();
                return ram_role_arn_1.default.builder()
                    .withCredentialsProvider(previousProvider)
                    .withRoleArn(p.ram_role_arn)
                    .withRoleSessionName(p.ram_session_name)
                    .withDurationSeconds(p.expired_seconds)
                    .withStsRegionId(p.sts_region)
                    .withStsEndpoint(p.sts_endpoint)
                    .withEnableVpc(p.enable_vpc)
                    .build();
            }
            case 'EcsRamRole':
                return ecs_ram_role_1.default.builder().withRoleName(p.ram_role_name).build();
            case 'OIDC':
                return oidc_role_arn_1.default.builder()
                    .withOIDCTokenFilePath(p.oidc_token_file)
                    .withOIDCProviderArn(p.oidc_provider_arn)
                    .withRoleArn(p.ram_role_arn)
                    .withStsRegionId(p.sts_region)
                    .withDurationSeconds(p.expired_seconds)
                    .withRoleSessionName(p.ram_session_name)
                    .withDurationSeconds(p.duration_seconds)
                    .withEnableVpc(p.enable_vpc)
                    .build();
            case 'ChainableRamRoleArn': {
                const previousProvider = this.getCredentialsProvider(conf, p.source_profile);
                return ram_role_arn_1.default.builder()
                    .withCredentialsProvider(previousProvider)
                    .withRoleArn(p.ram_role_arn)
                    .withRoleSessionName(p.ram_session_name)
                    .withDurationSeconds(p.expired_seconds)
                    .withStsRegionId(p.sts_region)
                    .build();
            }
            case 'CloudSSO':
                return cloud_sso_1.default.builder()
                    .withSignInUrl(p.cloud_sso_sign_in_url)
                    .withAccountId(p.cloud_sso_account_id)
                    .withAccessConfig(p.cloud_sso_access_config)
                    .withAccessToken(p.access_token)
                    .withAccessTokenExpire(p.cloud_sso_access_token_expire)
                    .build();
            case 'OAuth': {
                const siteType = (p.oauth_site_type || '').toUpperCase();
                const oauthSignInUrl = OAUTH_BASE_URL_MAP[siteType];
                if (!oauthSignInUrl) {
                    throw new Error('invalid OAuth site type, support CN or INTL');
                }
                const oauthClientId = OAUTH_CLIENT_MAP[siteType];
                return oauth_1.default.builder()
                    .withSignInUrl(oauthSignInUrl)
                    .withClientId(oauthClientId)
                    .withRefreshToken(p.oauth_refresh_token)
                    .withAccessToken(p.oauth_access_token)
                    .withAccessTokenExpire(p.oauth_access_token_expire)
                    .withTokenUpdateCallback(this.createOAuthTokenUpdateCallback(conf, profileName))
                    .build();
            }
            case 'External':
                return external_1.default.builder()
                    .withProcessCommand(p.process_command)
                    .withCredentialUpdateCallback(this.createExternalCredentialUpdateCallback(conf, profileName))
                    .build();
            default:
                throw new Error(`unsupported profile mode '${p.mode}'`);
        }
    }
    async getCredentials() {
        if (!this.innerProvider) {
            if (!this.homedir) {
                throw new Error('cannot found home dir');
            }
            const cfgPath = path_1.default.join(this.homedir, '.aliyun', 'config.json');
            const conf = await getConfiguration(cfgPath);
            const profileName = this.profileName || conf.current;
            this.innerProvider = this.getCredentialsProvider(conf, profileName);
        }
        const credentials = await this.innerProvider.getCredentials();
        return credentials_1.default.builder()
            .withAccessKeyId(credentials.accessKeyId)
            .withAccessKeySecret(credentials.accessKeySecret)
            .withSecurityToken(credentials.securityToken)
            .withProviderName(`${this.getProviderName()}/${this.innerProvider.getProviderName()}`)
            .build();
    }
    getProviderName() {
        return 'cli_profile';
    }
}
exports["default"] = CLIProfileCredentialsProvider;
//# sourceMappingURL=cli_profile.js.map

/***/ }),

/***/ 5336:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
const session_1 = __webpack_require__(321);
const http_1 = __webpack_require__(1629);
class CloudSSOCredentialsProviderBuilder {
    withSignInUrl(signInUrl) {
        this.signInUrl = signInUrl;
        return this;
    }
    withAccountId(accountId) {
        this.accountId = accountId;
        return this;
    }
    withAccessConfig(accessConfig) {
        this.accessConfig = accessConfig;
        return this;
    }
    withAccessToken(accessToken) {
        this.accessToken = accessToken;
        return this;
    }
    withAccessTokenExpire(accessTokenExpire) {
        this.accessTokenExpire = accessTokenExpire;
        return this;
    }
    withConnectTimeout(connectTimeout) {
        this.connectTimeout = connectTimeout;
        return this;
    }
    withReadTimeout(readTimeout) {
        this.readTimeout = readTimeout;
        return this;
    }
    build() {
        const now = Math.floor(Date.now() / 1000);
        if (!this.accessToken || !this.accessTokenExpire || this.accessTokenExpire - now <= 0) {
            throw new Error('CloudSSO access token is empty or expired, please re-login with cli.');
        }
        if (!this.signInUrl || !this.accountId || !this.accessConfig) {
            throw new Error('CloudSSO sign in url, account id, and access config cannot be empty.');
        }
        return new CloudSSOCredentialsProvider(this);
    }
}
class CloudSSOCredentialsProvider extends session_1.SessionCredentialProvider {
    static builder() {
        return new CloudSSOCredentialsProviderBuilder();
    }
    constructor(builder) {
        super(session_1.STALE_TIME);
        this.doRequest = http_1.doRequest;
        this.refresher = this.getCredentialsInternal;
        this.signInUrl = builder.signInUrl;
        this.accountId = builder.accountId;
        this.accessConfig = builder.accessConfig;
        this.accessToken = builder.accessToken;
        this.accessTokenExpire = builder.accessTokenExpire;
        this.connectTimeout = builder.connectTimeout || 5000;
        this.readTimeout = builder.readTimeout || 10000;
        this.doRequest = http_1.doRequest;
    }
    getProviderName() {
        return 'cloud_sso';
    }
    async getCredentialsInternal() {
        const url = new URL(this.signInUrl);
        const body = JSON.stringify({
            AccountId: this.accountId,
            AccessConfigurationId: this.accessConfig,
        });
        const headers = {
            'Accept': 'application/json',
            'Content-Type': 'application/json',
            'Authorization': `Bearer ${this.accessToken}`,
        };
        const request = http_1.Request.builder()
            .withMethod('POST')
            .withProtocol(url.protocol.replace(':', ''))
            .withHost(url.host)
            .withPath('/cloud-credentials')
            .withHeaders(headers)
            .withReadTimeout(this.readTimeout)
            .withConnectTimeout(this.connectTimeout)
            .build();
        const response = await this.doRequest(request);
        if (response.statusCode !== 200) {
            throw new Error(`get session token from CloudSSO failed: ${response.body.toString('utf8')}`);
        }
        let data;
        try {
            data = JSON.parse(response.body.toString('utf8'));
        }
        catch (ex) {
            throw new Error(`get session token from CloudSSO failed, unmarshal fail: ${response.body.toString('utf8')}`);
        }
        if (!data || !data.CloudCredential) {
            throw new Error('get session token from CloudSSO failed, fail to get credentials');
        }
        const { AccessKeyId, AccessKeySecret, SecurityToken, Expiration } = data.CloudCredential;
        if (!AccessKeyId || !AccessKeySecret || !SecurityToken) {
            throw new Error('get session token from CloudSSO failed, fail to get credentials');
        }
        return new session_1.Session(AccessKeyId, AccessKeySecret, SecurityToken, Expiration);
    }
}
exports["default"] = CloudSSOCredentialsProvider;
//# sourceMappingURL=cloud_sso.js.map

/***/ }),

/***/ 3630:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
const http_1 = __webpack_require__(1629);
const session_1 = __webpack_require__(321);
const PREFETCH_TIME = 60 * 60;
const defaultMetadataTokenDuration = 21600; // 6 hours
class ECSRAMRoleCredentialsProvider extends session_1.SessionCredentialProvider {
    static builder() {
        return new ECSRAMRoleCredentialsProviderBuilder();
    }
    constructor(builder) {
        super(session_1.STALE_TIME, PREFETCH_TIME);
        // for mock
        this.doRequest = http_1.doRequest;
        this.refresher = this.getCredentialsInternal;
        this.roleName = builder.roleName;
        this.disableIMDSv1 = builder.disableIMDSv1;
        this.readTimeout = builder.readTimeout;
        this.connectTimeout = builder.connectTimeout;
        this.checker = null;
        this.shouldRefreshCred = false;
        if (builder.asyncCredentialUpdateEnabled) {
            this.checker = this.checkCredentialsUpdateAsynchronously();
        }
    }
    checkCredentialsUpdateAsynchronously() {
        return setTimeout(async () => {
            try {
                if (this.shouldRefreshCred) {
                    await this.getCredentials();
                }
            }
            catch (err) {
                console.error('CheckCredentialsUpdateAsynchronously Error:', err);
            }
            finally {
                this.checker = this.checkCredentialsUpdateAsynchronously();
            }
        }, 1000 * 60);
    }
    close() {
        if (this.checker != null) {
            clearTimeout(this.checker);
            this.checker = null;
        }
    }
    shouldFallbackToIMDSv1(metadataToken) {
        return metadataToken !== null && !this.disableIMDSv1;
    }
    async getMetadataToken() {
        // PUT http://100.100.100.200/latest/api/token
        const request = http_1.Request.builder()
            .withMethod('PUT')
            .withProtocol('http')
            .withHost('100.100.100.200')
            .withPath('/latest/api/token')
            .withHeaders({
            'x-aliyun-ecs-metadata-token-ttl-seconds': `${defaultMetadataTokenDuration}`
        })
            .withReadTimeout(this.readTimeout || 1000)
            .withConnectTimeout(this.connectTimeout || 1000)
            .build();
        // ConnectTimeout: 5 * time.Second,
        //   ReadTimeout: 5 * time.Second,
        try {
            const response = await this.doRequest(request);
            if (response.statusCode !== 200) {
                throw new Error(`get metadata token failed with ${response.statusCode}`);
            }
            return response.body.toString('utf8');
        }
        catch (error) {
            if (this.disableIMDSv1) {
                throw error;
            }
            return null;
        }
    }
    async getRoleName() {
        const metadataToken = await this.getMetadataToken();
        try {
            return await this.doGetRoleName(metadataToken);
        }
        catch (error) {
            if (this.shouldFallbackToIMDSv1(metadataToken)) {
                return await this.doGetRoleName(null);
            }
            throw error;
        }
    }
    async doGetRoleName(metadataToken) {
        const builder = http_1.Request.builder()
            .withMethod('GET')
            .withProtocol('http')
            .withHost('100.100.100.200')
            .withPath('/latest/meta-data/ram/security-credentials/')
            .withReadTimeout(this.readTimeout || 1000)
            .withConnectTimeout(this.connectTimeout || 1000);
        if (metadataToken !== null) {
            builder.withHeaders({
                'x-aliyun-ecs-metadata-token': metadataToken
            });
        }
        // ConnectTimeout: 5 * time.Second,
        // ReadTimeout: 5 * time.Second,
        const request = builder.build();
        const response = await this.doRequest(request);
        if (response.statusCode !== 200) {
            throw new Error(`get role name failed: ${request.method} ${request.toRequestURL()} ${response.statusCode}`);
        }
        return response.body.toString().trim();
    }
    async getCredentialsInternal() {
        let roleName = this.roleName;
        if (!roleName) {
            roleName = await this.getRoleName();
        }
        const metadataToken = await this.getMetadataToken();
        try {
            return await this.doGetCredentials(roleName, metadataToken);
        }
        catch (error) {
            if (this.shouldFallbackToIMDSv1(metadataToken)) {
                return await this.doGetCredentials(roleName, null);
            }
            throw error;
        }
    }
    async doGetCredentials(roleName, metadataToken) {
        const builder = http_1.Request.builder()
            .withMethod('GET')
            .withProtocol('http')
            .withHost('100.100.100.200')
            .withPath(`/latest/meta-data/ram/security-credentials/${roleName}`)
            .withReadTimeout(this.readTimeout || 1000)
            .withConnectTimeout(this.connectTimeout || 1000);
        // ConnectTimeout: 5 * time.Second,
        //   ReadTimeout: 5 * time.Second,
        //     Headers: map[string]string{ },
        if (metadataToken !== null) {
            builder.withHeaders({
                'x-aliyun-ecs-metadata-token': metadataToken
            });
        }
        const request = builder.build();
        const response = await this.doRequest(request);
        if (response.statusCode !== 200) {
            throw new Error(`get sts token failed, httpStatus: ${response.statusCode}, message = ${response.body.toString()}`);
        }
        let data;
        try {
            data = JSON.parse(response.body.toString());
        }
        catch (ex) {
            throw new Error(`get sts token failed, json parse failed: ${ex.message}`);
        }
        if (!data || !data.AccessKeyId || !data.AccessKeySecret || !data.SecurityToken) {
            throw new Error('get sts token failed');
        }
        if (data.Code !== 'Success') {
            throw new Error('refresh Ecs sts token err, Code is not Success');
        }
        this.shouldRefreshCred = true;
        return new session_1.Session(data.AccessKeyId, data.AccessKeySecret, data.SecurityToken, data.Expiration);
    }
    getProviderName() {
        return 'ecs_ram_role';
    }
}
exports["default"] = ECSRAMRoleCredentialsProvider;
class ECSRAMRoleCredentialsProviderBuilder {
    constructor() {
        this.disableIMDSv1 = false;
        this.asyncCredentialUpdateEnabled = false;
    }
    withRoleName(roleName) {
        this.roleName = roleName;
        return this;
    }
    withDisableIMDSv1(disableIMDSv1) {
        this.disableIMDSv1 = disableIMDSv1;
        return this;
    }
    withReadTimeout(readTimeout) {
        this.readTimeout = readTimeout;
        return this;
    }
    withConnectTimeout(connectTimeout) {
        this.connectTimeout = connectTimeout;
        return this;
    }
    withAsyncCredentialUpdateEnabled(asyncCredentialUpdateEnabled) {
        this.asyncCredentialUpdateEnabled = asyncCredentialUpdateEnabled;
        return this;
    }
    build() {
        // \u5141\u8bb8\u901a\u8fc7\u73af\u5883\u53d8\u91cf\u5f3a\u5236\u5173\u95ed IMDS
        if (process.env.ALIBABA_CLOUD_ECS_METADATA_DISABLED && process.env.ALIBABA_CLOUD_ECS_METADATA_DISABLED.toLowerCase() === 'true') {
            throw new Error('IMDS credentials is disabled');
        }
        // \u8bbe\u7f6e roleName \u9ed8\u8ba4\u503c
        if (!this.roleName) {
            this.roleName = process.env.ALIBABA_CLOUD_ECS_METADATA;
        }
        // \u5141\u8bb8\u901a\u8fc7\u73af\u5883\u53d8\u91cf\u5f3a\u5236\u5173\u95ed V1
        if (process.env.ALIBABA_CLOUD_IMDSV1_DISABLED && process.env.ALIBABA_CLOUD_IMDSV1_DISABLED.toLowerCase() === 'true') {
            this.disableIMDSv1 = true;
        }
        return new ECSRAMRoleCredentialsProvider(this);
    }
}
//# sourceMappingURL=ecs_ram_role.js.map

/***/ }),

/***/ 8330:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {

"use strict";

var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
const child_process_1 = __webpack_require__(5317);
const util_1 = __webpack_require__(9023);
const credentials_1 = __importDefault(__webpack_require__(8606));
const command_1 = __webpack_require__(6851);
const execFileAsync = (0, util_1.promisify)(child_process_1.execFile);
const EXPIRATION_SLOT_SECONDS = 180;
class ExternalCredentialsProviderBuilder {
    withProcessCommand(processCommand) {
        this.processCommand = processCommand;
        return this;
    }
    withTimeout(timeout) {
        this.timeout = timeout;
        return this;
    }
    withCredentialUpdateCallback(callback) {
        this.credentialUpdateCallback = callback;
        return this;
    }
    build() {
        if (!this.processCommand) {
            throw new Error('process_command is empty');
        }
        return new ExternalCredentialsProvider(this);
    }
}
class ExternalCredentialsProvider {
    static builder() {
        return new ExternalCredentialsProviderBuilder();
    }
    constructor(builder) {
        this.expirationTimestamp = 0;
        this.processCommand = builder.processCommand;
        this.timeout = builder.timeout || 60 * 1000;
        this.credentialUpdateCallback = builder.credentialUpdateCallback;
    }
    getProviderName() {
        return 'external';
    }
    needUpdateCredential() {
        if (!this.session) {
            return true;
        }
        if (!this.expirationTimestamp) {
            return true;
        }
        return this.expirationTimestamp - Math.floor(Date.now() / 1000) <= EXPIRATION_SLOT_SECONDS;
    }
    async getCredentialsInternal() {
        const args = (0, command_1.splitProcessCommand)(this.processCommand);
        let stdout;
        try {
            const result = await execFileAsync(args[0], args.slice(1), {
                timeout: this.timeout,
                env: process.env,
            });
            stdout = result.stdout;
        }
        catch (ex) {
            throw new Error(`failed to execute external command: ${ex.message}`);
        }
        let data;
        try {
            data = JSON.parse(stdout);
        }
        catch (ex) {
            throw new Error(`failed to parse external command output: ${ex.message}`);
        }
        if (!data || !data.access_key_id || !data.access_key_secret) {
            throw new Error('invalid credential response: access_key_id or access_key_secret is empty');
        }
        if (data.mode === 'StsToken' && !data.sts_token) {
            throw new Error('invalid StsToken credential response: sts_token is empty');
        }
        return data;
    }
    async getCredentials() {
        if (this.needUpdateCredential()) {
            const session = await this.getCredentialsInternal();
            this.session = session;
            this.expirationTimestamp = session.expiration ? Math.floor(new Date(session.expiration).getTime() / 1000) : 0;
            if (Number.isNaN(this.expirationTimestamp)) {
                this.expirationTimestamp = 0;
            }
            if (this.credentialUpdateCallback) {
                try {
                    await this.credentialUpdateCallback(session.access_key_id, session.access_key_secret, session.sts_token, this.expirationTimestamp);
                }
                catch (e) {
                    // Warning only, do not break credential retrieval
                }
            }
        }
        return credentials_1.default.builder()
            .withAccessKeyId(this.session.access_key_id)
            .withAccessKeySecret(this.session.access_key_secret)
            .withSecurityToken(this.session.sts_token)
            .withProviderName(this.getProviderName())
            .build();
    }
}
exports["default"] = ExternalCredentialsProvider;
//# sourceMappingURL=external.js.map

/***/ }),

/***/ 1629:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {

"use strict";

var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.doRequest = exports.Response = exports.RequestBuilder = exports.Request = void 0;
const httpx_1 = __importDefault(__webpack_require__(6584));
class Request {
    static builder() {
        return new RequestBuilder();
    }
    constructor(builder) {
        this.method = builder.method;
        this.protocol = builder.protocol;
        this.host = builder.host;
        this.path = builder.path;
        this.queries = builder.queries;
        this.headers = builder.headers;
        this.bodyForm = builder.bodyForm;
        this.bodyBytes = builder.bodyBytes;
        this.url = builder.url;
        this.readTimeout = builder.readTimeout;
        this.connectTimeout = builder.connectTimeout;
    }
    toRequestURL() {
        if (this.url) {
            return this.url;
        }
        let url = `${this.protocol}://${this.host}${this.path}`;
        if (this.queries && Object.keys(this.queries).length > 0) {
            url += `?` + querystringify(this.queries);
        }
        return url;
    }
}
exports.Request = Request;
class RequestBuilder {
    build() {
        // set default values
        if (!this.protocol) {
            this.protocol = 'https';
        }
        if (!this.path) {
            this.path = '/';
        }
        if (!this.headers) {
            this.headers = {};
        }
        if (!this.queries) {
            this.queries = {};
        }
        return new Request(this);
    }
    withMethod(method) {
        this.method = method;
        return this;
    }
    withProtocol(protocol) {
        this.protocol = protocol;
        return this;
    }
    withHost(host) {
        this.host = host;
        return this;
    }
    withPath(path) {
        this.path = path;
        return this;
    }
    withQueries(queries) {
        this.queries = queries;
        return this;
    }
    withHeaders(headers) {
        this.headers = headers;
        return this;
    }
    withBodyForm(bodyForm) {
        this.bodyForm = bodyForm;
        return this;
    }
    withURL(url) {
        this.url = url;
        return this;
    }
    withReadTimeout(readTimeout) {
        this.readTimeout = readTimeout;
        return this;
    }
    withConnectTimeout(connectTimeout) {
        this.connectTimeout = connectTimeout;
        return this;
    }
}
exports.RequestBuilder = RequestBuilder;
class Response {
    static builder() {
        return new ResponseBuilder();
    }
    constructor(builder) {
        this.statusCode = builder.statusCode;
        this.headers = builder.headers;
        this.body = builder.body;
    }
}
exports.Response = Response;
class ResponseBuilder {
    withStatusCode(statusCode) {
        this.statusCode = statusCode;
        return this;
    }
    withHeaders(headers) {
        this.headers = headers;
        return this;
    }
    withBody(body) {
        this.body = body;
        return this;
    }
    constructor() {
        this.headers = {};
    }
    build() {
        return new Response(this);
    }
}
function querystringify(queries) {
    const fields = [];
    for (const [key, value] of Object.entries(queries)) {
        fields.push(key + '=' + encodeURIComponent(value));
    }
    return fields.join('&');
}
async function doRequest(req) {
    const url = req.toRequestURL();
    let body;
    if (req.bodyForm && Object.keys(req.bodyForm).length > 0) {
        body = querystringify(req.bodyForm);
        if (!req.headers['Content-Type']) {
            req.headers['Content-Type'] = 'application/x-www-form-urlencoded';
        }
    }
    const response = await httpx_1.default.request(url, {
        method: req.method,
        data: body,
        headers: req.headers,
        readTimeout: req.readTimeout,
        connectTimeout: req.connectTimeout
    });
    const responseBody = await httpx_1.default.read(response, '');
    return Response.builder()
        .withStatusCode(response.statusCode)
        .withHeaders(response.headers)
        .withBody(responseBody)
        .build();
}
exports.doRequest = doRequest;
//# sourceMappingURL=http.js.map

/***/ }),

/***/ 3082:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {

"use strict";

var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
const session_1 = __webpack_require__(321);
const http_1 = __webpack_require__(1629);
const utils = __importStar(__webpack_require__(1712));
class OAuthCredentialsProviderBuilder {
    withClientId(clientId) {
        this.clientId = clientId;
        return this;
    }
    withSignInUrl(signInUrl) {
        this.signInUrl = signInUrl;
        return this;
    }
    withRefreshToken(refreshToken) {
        this.refreshToken = refreshToken;
        return this;
    }
    withAccessToken(accessToken) {
        this.accessToken = accessToken;
        return this;
    }
    withAccessTokenExpire(accessTokenExpire) {
        this.accessTokenExpire = accessTokenExpire;
        return this;
    }
    withConnectTimeout(connectTimeout) {
        this.connectTimeout = connectTimeout;
        return this;
    }
    withReadTimeout(readTimeout) {
        this.readTimeout = readTimeout;
        return this;
    }
    withTokenUpdateCallback(callback) {
        this.tokenUpdateCallback = callback;
        return this;
    }
    build() {
        if (!this.clientId) {
            throw new Error('the clientId is empty');
        }
        if (!this.signInUrl) {
            throw new Error('the url for sign-in is empty');
        }
        return new OAuthCredentialsProvider(this);
    }
}
class OAuthCredentialsProvider extends session_1.SessionCredentialProvider {
    static builder() {
        return new OAuthCredentialsProviderBuilder();
    }
    constructor(builder) {
        super(session_1.STALE_TIME);
        this.doRequest = http_1.doRequest;
        this.refresher = this.getCredentialsInternal;
        this.clientId = builder.clientId;
        this.signInUrl = builder.signInUrl;
        this.refreshToken = builder.refreshToken;
        this.accessToken = builder.accessToken;
        this.accessTokenExpire = builder.accessTokenExpire;
        this.connectTimeout = builder.connectTimeout || 5000;
        this.readTimeout = builder.readTimeout || 10000;
        this.tokenUpdateCallback = builder.tokenUpdateCallback;
        this.doRequest = http_1.doRequest;
    }
    getProviderName() {
        return 'oauth';
    }
    async tryRefreshOAuthToken() {
        const url = new URL(this.signInUrl);
        const bodyForm = {
            'grant_type': 'refresh_token',
            'refresh_token': this.refreshToken,
            'client_id': this.clientId,
            'Timestamp': utils.timestamp(),
        };
        const headers = {
            'Content-Type': 'application/x-www-form-urlencoded',
        };
        const request = http_1.Request.builder()
            .withMethod('POST')
            .withProtocol(url.protocol.replace(':', ''))
            .withHost(url.host)
            .withPath('/v1/token')
            .withHeaders(headers)
            .withBodyForm(bodyForm)
            .withReadTimeout(this.readTimeout)
            .withConnectTimeout(this.connectTimeout)
            .build();
        const response = await this.doRequest(request);
        if (response.statusCode !== 200) {
            throw new Error(`failed to refresh OAuth token, status code: ${response.statusCode}`);
        }
        let tokenResp;
        try {
            tokenResp = JSON.parse(response.body.toString('utf8'));
        }
        catch (ex) {
            throw new Error(`failed to refresh OAuth token, unmarshal fail: ${response.body.toString('utf8')}`);
        }
        if (!tokenResp || !tokenResp.access_token || !tokenResp.refresh_token) {
            throw new Error(`failed to refresh OAuth token: ${response.body.toString('utf8')}`);
        }
        this.accessToken = tokenResp.access_token;
        this.refreshToken = tokenResp.refresh_token;
        this.accessTokenExpire = Math.floor(Date.now() / 1000) + (tokenResp.expires_in || 3600);
    }
    async getCredentialsInternal() {
        const now = Math.floor(Date.now() / 1000);
        if (this.refreshToken && (!this.accessToken || !this.accessTokenExpire || this.accessTokenExpire - now <= 1200)) {
            await this.tryRefreshOAuthToken();
        }
        const url = new URL(this.signInUrl);
        const headers = {
            'Content-Type': 'application/json',
            'Authorization': `Bearer ${this.accessToken}`,
        };
        const request = http_1.Request.builder()
            .withMethod('POST')
            .withProtocol(url.protocol.replace(':', ''))
            .withHost(url.host)
            .withPath('/v1/exchange')
            .withHeaders(headers)
            .withReadTimeout(this.readTimeout)
            .withConnectTimeout(this.connectTimeout)
            .build();
        const response = await this.doRequest(request);
        if (response.statusCode !== 200) {
            throw new Error(`get session token from OAuth failed: ${response.body.toString('utf8')}`);
        }
        let data;
        try {
            data = JSON.parse(response.body.toString('utf8'));
        }
        catch (ex) {
            throw new Error(`get session token from OAuth failed, unmarshal fail: ${response.body.toString('utf8')}`);
        }
        if (!data || !data.accessKeyId || !data.accessKeySecret || !data.securityToken) {
            throw new Error(`refresh session token from OAuth failed, fail to get credentials: ${response.body.toString('utf8')}`);
        }
        if (this.tokenUpdateCallback) {
            try {
                const stsExpire = data.expiration ? Math.floor(new Date(data.expiration).getTime() / 1000) : 0;
                await this.tokenUpdateCallback(this.refreshToken, this.accessToken, data.accessKeyId, data.accessKeySecret, data.securityToken, this.accessTokenExpire, stsExpire);
            }
            catch (e) {
                // Warning only, do not break credential retrieval
            }
        }
        return new session_1.Session(data.accessKeyId, data.accessKeySecret, data.securityToken, data.expiration);
    }
}
exports["default"] = OAuthCredentialsProvider;
//# sourceMappingURL=oauth.js.map

/***/ }),

/***/ 2847:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {

"use strict";

var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
const fs_1 = __webpack_require__(9896);
const util_1 = __webpack_require__(9023);
const session_1 = __webpack_require__(321);
const utils = __importStar(__webpack_require__(1712));
const http_1 = __webpack_require__(1629);
const readFileAsync = (0, util_1.promisify)(fs_1.readFile);
class OIDCRoleArnCredentialsProviderBuilder {
    withOIDCProviderArn(oidcProviderArn) {
        this.oidcProviderArn = oidcProviderArn;
        return this;
    }
    withOIDCTokenFilePath(path) {
        this.oidcTokenFilePath = path;
        return this;
    }
    withRoleArn(roleArn) {
        this.roleArn = roleArn;
        return this;
    }
    withRoleSessionName(roleSessionName) {
        this.roleSessionName = roleSessionName;
        return this;
    }
    withDurationSeconds(durationSeconds) {
        this.durationSeconds = durationSeconds;
        return this;
    }
    withStsEndpoint(stsEndpoint) {
        this.stsEndpoint = stsEndpoint;
        return this;
    }
    withStsRegionId(regionId) {
        this.stsRegionId = regionId;
        return this;
    }
    withPolicy(policy) {
        this.policy = policy;
        return this;
    }
    withEnableVpc(enableVpc) {
        this.enableVpc = enableVpc;
        return this;
    }
    withReadTimeout(readTimeout) {
        this.readTimeout = readTimeout;
        return this;
    }
    withConnectTimeout(connectTimeout) {
        this.connectTimeout = connectTimeout;
        return this;
    }
    build() {
        // set default values
        if (!this.oidcProviderArn) {
            this.oidcProviderArn = process.env.ALIBABA_CLOUD_OIDC_PROVIDER_ARN;
        }
        if (!this.oidcTokenFilePath) {
            this.oidcTokenFilePath = process.env.ALIBABA_CLOUD_OIDC_TOKEN_FILE;
        }
        if (!this.roleSessionName) {
            this.roleSessionName = process.env.ALIBABA_CLOUD_ROLE_SESSION_NAME;
        }
        if (!this.durationSeconds) {
            this.durationSeconds = 3600;
        }
        if (!this.roleArn) {
            this.roleArn = process.env.ALIBABA_CLOUD_ROLE_ARN;
        }
        if (!this.roleArn) {
            throw new Error('roleArn does not exist and env ALIBABA_CLOUD_ROLE_ARN is null.');
        }
        if (!this.oidcProviderArn) {
            throw new Error('oidcProviderArn does not exist and env ALIBABA_CLOUD_OIDC_PROVIDER_ARN is null.');
        }
        if (!this.oidcTokenFilePath) {
            throw new Error('oidcTokenFilePath is not exists and env ALIBABA_CLOUD_OIDC_TOKEN_FILE is null.');
        }
        if (!this.roleSessionName) {
            this.roleSessionName = 'credentials-nodejs-' + Date.now();
        }
        if (this.durationSeconds < 900) {
            throw new Error('session duration should be in the range of 900s - max session duration');
        }
        if (!this.stsRegionId) {
            this.stsRegionId = process.env.ALIBABA_CLOUD_STS_REGION;
        }
        if (!this.enableVpc) {
            this.enableVpc = process.env.ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED && process.env.ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED.toLowerCase() === 'true' || false;
        }
        // sts endpoint
        if (!this.stsEndpoint) {
            if (this.stsRegionId) {
                if (this.enableVpc) {
                    this.stsEndpoint = `sts-vpc.${this.stsRegionId}.aliyuncs.com`;
                }
                else {
                    this.stsEndpoint = `sts.${this.stsRegionId}.aliyuncs.com`;
                }
            }
            else {
                this.stsEndpoint = 'sts.aliyuncs.com';
            }
        }
        return new OIDCRoleArnCredentialsProvider(this);
    }
}
class OIDCRoleArnCredentialsProvider extends session_1.SessionCredentialProvider {
    static builder() {
        return new OIDCRoleArnCredentialsProviderBuilder();
    }
    constructor(builder) {
        super(session_1.STALE_TIME);
        this.doRequest = http_1.doRequest;
        this.refresher = this.getCredentialsInternal;
        this.roleArn = builder.roleArn;
        this.oidcProviderArn = builder.oidcProviderArn;
        this.oidcTokenFilePath = builder.oidcTokenFilePath;
        this.policy = builder.policy;
        this.durationSeconds = builder.durationSeconds;
        this.roleSessionName = builder.roleSessionName;
        this.stsEndpoint = builder.stsEndpoint;
        this.readTimeout = builder.readTimeout;
        this.connectTimeout = builder.connectTimeout;
        // used for mock
        this.doRequest = http_1.doRequest;
    }
    getProviderName() {
        return 'oidc_role_arn';
    }
    async getCredentialsInternal() {
        const oidcToken = await readFileAsync(this.oidcTokenFilePath, 'utf8');
        const builder = http_1.Request.builder().withMethod('POST').withProtocol('https').withHost(this.stsEndpoint).withReadTimeout(this.readTimeout || 10000).withConnectTimeout(this.connectTimeout || 5000);
        const queries = Object.create(null);
        queries['Version'] = '2015-04-01';
        queries['Action'] = 'AssumeRoleWithOIDC';
        queries['Format'] = 'JSON';
        queries['Timestamp'] = utils.timestamp();
        builder.withQueries(queries);
        const bodyForm = Object.create(null);
        bodyForm['OIDCProviderArn'] = this.oidcProviderArn;
        bodyForm['OIDCToken'] = oidcToken;
        bodyForm['RoleArn'] = this.roleArn;
        if (this.policy) {
            bodyForm['Policy'] = this.policy;
        }
        bodyForm['RoleSessionName'] = this.roleSessionName;
        bodyForm['DurationSeconds'] = `${this.durationSeconds}`;
        builder.withBodyForm(bodyForm);
        const headers = Object.create(null);
        // set headers
        headers['Content-Type'] = 'application/x-www-form-urlencoded';
        builder.withHeaders(headers);
        const request = builder.build();
        const response = await this.doRequest(request);
        if (response.statusCode !== 200) {
            throw new Error(`get sts token failed with OIDC: ${response.body.toString('utf8')}`);
        }
        let data;
        try {
            data = JSON.parse(response.body.toString('utf8'));
        }
        catch (ex) {
            throw new Error(`get sts token failed with OIDC, unmarshal fail: ${response.body.toString('utf8')}`);
        }
        if (!data || !data.Credentials) {
            throw new Error(`get sts token failed with OIDC`);
        }
        const { AccessKeyId, AccessKeySecret, SecurityToken, Expiration } = data.Credentials;
        if (!AccessKeyId || !AccessKeySecret || !SecurityToken) {
            throw new Error('get sts token failed with OIDC');
        }
        return new session_1.Session(AccessKeyId, AccessKeySecret, SecurityToken, Expiration);
    }
}
exports["default"] = OIDCRoleArnCredentialsProvider;
//# sourceMappingURL=oidc_role_arn.js.map

/***/ }),

/***/ 5056:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {

"use strict";

var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
const kitx = __importStar(__webpack_require__(4108));
const debug_1 = __importDefault(__webpack_require__(5147));
const utils = __importStar(__webpack_require__(1712));
const http_1 = __webpack_require__(1629);
const session_1 = __webpack_require__(321);
const log = (0, debug_1.default)('sign');
// type HttpOptions struct {
// 	Proxy         : string
// 	ConnectTimeout int
// 	ReadTimeout    int
// }
class RAMRoleARNCredentialsProviderBuilder {
    build() {
        if (!this.credentialsProvider) {
            throw new Error('must specify a previous credentials provider to asssume role');
        }
        if (!(this.roleArn = this.roleArn || process.env.ALIBABA_CLOUD_ROLE_ARN))
            throw new Error('the RoleArn is empty');
        if (!this.roleSessionName) {
            this.roleSessionName = process.env.ALIBABA_CLOUD_ROLE_SESSION_NAME || 'credentials-nodejs-' + Date.now();
        }
        if (!this.stsRegionId) {
            this.stsRegionId = process.env.ALIBABA_CLOUD_STS_REGION;
        }
        if (!this.enableVpc) {
            this.enableVpc = process.env.ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED && process.env.ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED.toLowerCase() === 'true' || false;
        }
        // duration seconds
        if (!this.durationSeconds) {
            // default to 3600
            this.durationSeconds = 3600;
        }
        if (this.durationSeconds < 900) {
            throw new Error('session duration should be in the range of 900s - max session duration');
        }
        // sts endpoint
        if (!this.stsEndpoint) {
            if (this.stsRegionId) {
                if (this.enableVpc) {
                    this.stsEndpoint = `sts-vpc.${this.stsRegionId}.aliyuncs.com`;
                }
                else {
                    this.stsEndpoint = `sts.${this.stsRegionId}.aliyuncs.com`;
                }
            }
            else {
                this.stsEndpoint = 'sts.aliyuncs.com';
            }
        }
        return new RAMRoleARNCredentialsProvider(this);
    }
    withCredentialsProvider(credentialsProvider) {
        this.credentialsProvider = credentialsProvider;
        return this;
    }
    withRoleArn(roleArn) {
        this.roleArn = roleArn;
        return this;
    }
    withStsRegionId(regionId) {
        this.stsRegionId = regionId;
        return this;
    }
    withStsEndpoint(endpoint) {
        this.stsEndpoint = endpoint;
        return this;
    }
    withRoleSessionName(roleSessionName) {
        this.roleSessionName = roleSessionName;
        return this;
    }
    withPolicy(policy) {
        this.policy = policy;
        return this;
    }
    withExternalId(externalId) {
        this.externalId = externalId;
        return this;
    }
    withDurationSeconds(durationSeconds) {
        this.durationSeconds = durationSeconds;
        return this;
    }
    withEnableVpc(enableVpc) {
        this.enableVpc = enableVpc;
        return this;
    }
    withReadTimeout(readTimeout) {
        this.readTimeout = readTimeout;
        return this;
    }
    withConnectTimeout(connectTimeout) {
        this.connectTimeout = connectTimeout;
        return this;
    }
}
function encode(str) {
    const result = encodeURIComponent(str);
    return result.replace(/!/g, '%21')
        .replace(/'/g, '%27')
        .replace(/\(/g, '%28')
        .replace(/\)/g, '%29')
        .replace(/\*/g, '%2A');
}
class RAMRoleARNCredentialsProvider extends session_1.SessionCredentialProvider {
    static builder() {
        return new RAMRoleARNCredentialsProviderBuilder();
    }
    constructor(builder) {
        super(session_1.STALE_TIME);
        // used for mock
        this.doRequest = http_1.doRequest;
        this.refresher = this.getCredentialsInternal;
        this.credentialsProvider = builder.credentialsProvider;
        this.stsEndpoint = builder.stsEndpoint;
        this.roleSessionName = builder.roleSessionName;
        this.policy = builder.policy;
        this.durationSeconds = builder.durationSeconds;
        this.roleArn = builder.roleArn;
        this.externalId = builder.externalId;
        this.readTimeout = builder.readTimeout;
        this.connectTimeout = builder.connectTimeout;
    }
    async getCredentialsInternal() {
        const credentials = await this.credentialsProvider.getCredentials();
        const method = 'POST';
        const builder = http_1.Request.builder().withMethod(method).withProtocol('https').withHost(this.stsEndpoint).withReadTimeout(this.readTimeout || 10000).withConnectTimeout(this.connectTimeout || 5000);
        const queries = Object.create(null);
        queries['Version'] = '2015-04-01';
        queries['Action'] = 'AssumeRole';
        queries['Format'] = 'JSON';
        queries['Timestamp'] = utils.timestamp();
        queries['SignatureMethod'] = 'HMAC-SHA1';
        queries['SignatureVersion'] = '1.0';
        queries['SignatureNonce'] = kitx.makeNonce();
        queries['AccessKeyId'] = credentials.accessKeyId;
        if (credentials.securityToken) {
            queries['SecurityToken'] = credentials.securityToken;
        }
        const bodyForm = Object.create(null);
        bodyForm['RoleArn'] = this.roleArn;
        if (this.policy) {
            bodyForm['Policy'] = this.policy;
        }
        if (this.externalId) {
            bodyForm['ExternalId'] = this.externalId;
        }
        bodyForm['RoleSessionName'] = this.roleSessionName;
        bodyForm['DurationSeconds'] = `${this.durationSeconds}`;
        builder.withBodyForm(bodyForm);
        // caculate signature
        const signParams = Object.create(null);
        for (const [key, value] of Object.entries(queries)) {
            signParams[key] = value;
        }
        for (const [key, value] of Object.entries(bodyForm)) {
            signParams[key] = value;
        }
        const keys = Object.keys(signParams).sort();
        const stringToSign = `${method}&${encode('/')}&${encode(keys.map((key) => {
            return `${encode(key)}=${encode(signParams[key])}`;
        }).join('&'))}`;
        log('stringToSign[Client]:');
        log(stringToSign);
        const secret = credentials.accessKeySecret + '&';
        const signature = kitx.sha1(stringToSign, secret, 'base64');
        queries['Signature'] = signature;
        builder.withQueries(queries);
        const headers = Object.create(null);
        // set headers
        headers['Content-Type'] = 'application/x-www-form-urlencoded';
        headers['x-acs-credentials-provider'] = credentials.providerName;
        builder.withHeaders(headers);
        // 	if (this.httpOptions) {
        // 		req.connectTimeout = this.httpOptions.connectTimeout;
        // 		req.readTimeout = this.httpOptions.readTimeout;
        // 		req.proxy = this.httpOptions.proxy;
        // 	}
        const request = builder.build();
        const response = await this.doRequest(request);
        if (response.statusCode != 200) {
            if (response.headers['content-type'] && response.headers['content-type'].startsWith('application/json')) {
                const body = JSON.parse(response.body.toString('utf8'));
                const serverStringToSign = body.Message.slice('Specified signature is not matched with our calculation. server string to sign is:'.length);
                log('stringToSign[Server]:');
                log(stringToSign);
                if (body.Code === 'SignatureDoesNotMatch' && serverStringToSign === stringToSign) {
                    throw new Error(`the access key secret is invalid`);
                }
            }
            throw new Error(`refresh session token failed: ${response.body.toString('utf8')}`);
        }
        let data;
        try {
            data = JSON.parse(response.body.toString('utf8'));
        }
        catch (ex) {
            throw new Error(`refresh RoleArn sts token err, unmarshal fail: ${response.body.toString('utf8')}`);
        }
        if (!data || !data.Credentials) {
            throw new Error(`refresh RoleArn sts token err, fail to get credentials`);
        }
        if (!data.Credentials.AccessKeyId || !data.Credentials.AccessKeySecret || !data.Credentials.SecurityToken) {
            throw new Error('refresh RoleArn sts token err, fail to get credentials');
        }
        const { AccessKeyId, AccessKeySecret, SecurityToken, Expiration } = data.Credentials;
        return new session_1.Session(AccessKeyId, AccessKeySecret, SecurityToken, Expiration);
    }
    getProviderName() {
        return `ram_role_arn/${this.credentialsProvider.getProviderName()}`;
    }
}
exports["default"] = RAMRoleARNCredentialsProvider;
//# sourceMappingURL=ram_role_arn.js.map

/***/ }),

/***/ 321:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {

"use strict";

var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SessionCredentialProvider = exports.Session = exports.STALE_TIME = void 0;
const time_1 = __webpack_require__(4544);
const utils_1 = __webpack_require__(1712);
const credentials_1 = __importDefault(__webpack_require__(8606));
exports.STALE_TIME = 15 * 60;
class Session {
    constructor(accessKeyId, accessKeySecret, securityToken, expiration) {
        this.accessKeyId = accessKeyId;
        this.accessKeySecret = accessKeySecret;
        this.securityToken = securityToken;
        this.expiration = expiration;
    }
}
exports.Session = Session;
class SessionCredentialProvider {
    constructor(staleTime = 0, prefetchTime = 0) {
        this.staleTime = staleTime || exports.STALE_TIME;
        if (prefetchTime) {
            this.prefetchTime = prefetchTime;
            this.prefetchTimestamp = Date.now() + (prefetchTime * 1000);
        }
        this.refreshFaliure = 0;
    }
    async getCredentials() {
        this.session = await this.getSession();
        return credentials_1.default.builder()
            .withAccessKeyId(this.session.accessKeyId)
            .withAccessKeySecret(this.session.accessKeySecret)
            .withSecurityToken(this.session.securityToken)
            .withProviderName(this.getProviderName())
            .build();
    }
    refreshTimestamp() {
        this.staleTimestamp = this.expirationTimestamp - this.staleTime;
        if (this.prefetchTimestamp) {
            this.prefetchTimestamp = (Date.now() + (this.prefetchTime * 1000)) / 1000;
        }
    }
    maxStaleFailureJitter() {
        const exponentialBackoffMillis = (1 << (this.refreshFaliure - 1));
        return exponentialBackoffMillis > 10 ? exponentialBackoffMillis : 10;
    }
    jitterTime(time, jitterStart, jitterEnd) {
        const jitterRange = jitterEnd - jitterStart;
        const jitterAmount = Math.abs(Math.floor(Math.random() * jitterRange));
        return time + jitterStart + jitterAmount;
    }
    async refreshSession() {
        try {
            const session = await this.refresher();
            const now = Date.now() / 1000;
            const oldSessionAvailable = this.staleTimestamp > now;
            const oldSession = this.session;
            this.expirationTimestamp = (0, time_1.parseUTC)(session.expiration) / 1000;
            this.session = session;
            this.refreshFaliure = 0;
            this.refreshTimestamp();
            // \u8fc7\u671f\u65f6\u95f4\u5927\u4e8e15\u5206\u949f\uff0c\u4e0d\u7528\u7ba1
            if (this.staleTimestamp > now) {
                return;
            }
            // \u4e0d\u8db3\u6216\u7b49\u4e8e15\u5206\u949f\uff0c\u4f46\u672a\u8fc7\u671f\uff0c\u4e0b\u6b21\u4f1a\u518d\u6b21\u5237\u65b0
            if (now < (this.staleTimestamp + this.staleTime)) {
                this.expirationTimestamp = now + this.staleTime;
            }
            // \u5df2\u8fc7\u671f\uff0c\u770b\u7f13\u5b58\uff0c\u7f13\u5b58\u82e5\u5927\u4e8e15\u5206\u949f\uff0c\u8fd4\u56de\u7f13\u5b58\uff0c\u82e5\u5c0f\u4e8e15\u5206\u949f\uff0c\u5219\u6839\u636e\u7b56\u7565\u5224\u65ad\u662f\u7acb\u523b\u91cd\u8bd5\u8fd8\u662f\u7a0d\u540e\u91cd\u8bd5
            if (now > (this.staleTimestamp + this.staleTime)) {
                if (oldSessionAvailable) {
                    this.session = oldSession;
                    this.expirationTimestamp = (0, time_1.parseUTC)(oldSession.expiration) / 1000;
                    this.refreshTimestamp();
                    return;
                }
                const waitUntilNextRefresh = 50 + (0, utils_1.getRandomInt)(20);
                this.expirationTimestamp = now + waitUntilNextRefresh + this.staleTime;
            }
        }
        catch (err) {
            if (!this.session) {
                throw err;
            }
            const now = Date.now() / 1000;
            if (now < this.staleTimestamp) {
                return;
            }
            this.refreshFaliure++;
            this.expirationTimestamp = this.jitterTime(now, 1, this.maxStaleFailureJitter()) + this.staleTime;
        }
    }
    async getSession() {
        if (this.needUpdateCredential() || this.shouldPrefetchCredential()) {
            await this.refreshSession();
            this.refreshTimestamp();
        }
        return this.session;
    }
    needUpdateCredential() {
        if (!this.session || !this.expirationTimestamp) {
            return true;
        }
        return (Date.now() / 1000) >= this.staleTimestamp;
    }
    shouldPrefetchCredential() {
        if (!this.prefetchTimestamp) {
            return false;
        }
        return this.expirationTimestamp - (Date.now() / 1000) <= this.prefetchTime;
    }
    getProviderName() {
        return 'session';
    }
}
exports.SessionCredentialProvider = SessionCredentialProvider;
//# sourceMappingURL=session.js.map

/***/ }),

/***/ 174:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {

"use strict";

var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.StaticAKCredentialsProviderBuilder = void 0;
const credentials_1 = __importDefault(__webpack_require__(8606));
/**
 * @internal
 */
class StaticAKCredentialsProviderBuilder {
    withAccessKeyId(accessKeyId) {
        this.accessKeyId = accessKeyId;
        return this;
    }
    withAccessKeySecret(accessKeySecret) {
        this.accessKeySecret = accessKeySecret;
        return this;
    }
    build() {
        if (!this.accessKeyId) {
            this.accessKeyId = process.env['ALIBABA_CLOUD_ACCESS_KEY_ID'];
        }
        if (!this.accessKeyId) {
            throw new Error('the access key id is empty');
        }
        if (!this.accessKeySecret) {
            this.accessKeySecret = process.env['ALIBABA_CLOUD_ACCESS_KEY_SECRET'];
        }
        if (!this.accessKeySecret) {
            throw new Error('the access key secret is empty');
        }
        return new StaticAKCredentialsProvider(this);
    }
}
exports.StaticAKCredentialsProviderBuilder = StaticAKCredentialsProviderBuilder;
/**
 * @internal
 */
class StaticAKCredentialsProvider {
    static builder() {
        return new StaticAKCredentialsProviderBuilder();
    }
    constructor(builder) {
        this.accessKeyId = builder.accessKeyId;
        this.accessKeySecret = builder.accessKeySecret;
    }
    getProviderName() {
        return 'static_ak';
    }
    async getCredentials() {
        const credentials = credentials_1.default
            .builder()
            .withAccessKeyId(this.accessKeyId).withAccessKeySecret(this.accessKeySecret)
            .withProviderName('static_ak')
            .build();
        return credentials;
    }
}
exports["default"] = StaticAKCredentialsProvider;
//# sourceMappingURL=static_ak.js.map

/***/ }),

/***/ 6416:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {

"use strict";

var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.StaticSTSCredentialsProviderBuilder = void 0;
const credentials_1 = __importDefault(__webpack_require__(8606));
/**
 * @internal
 */
class StaticSTSCredentialsProviderBuilder {
    withAccessKeyId(accessKeyId) {
        this.accessKeyId = accessKeyId;
        return this;
    }
    withAccessKeySecret(accessKeySecret) {
        this.accessKeySecret = accessKeySecret;
        return this;
    }
    withSecurityToken(securityToken) {
        this.securityToken = securityToken;
        return this;
    }
    build() {
        if (!this.accessKeyId) {
            this.accessKeyId = process.env['ALIBABA_CLOUD_ACCESS_KEY_ID'];
        }
        if (!this.accessKeyId) {
            throw new Error('the access key id is empty');
        }
        if (!this.accessKeySecret) {
            this.accessKeySecret = process.env['ALIBABA_CLOUD_ACCESS_KEY_SECRET'];
        }
        if (!this.accessKeySecret) {
            throw new Error('the access key secret is empty');
        }
        if (!this.securityToken) {
            this.securityToken = process.env['ALIBABA_CLOUD_SECURITY_TOKEN'];
        }
        if (!this.securityToken) {
            throw new Error('the security token is empty');
        }
        return new StaticSTSCredentialsProvider(this);
    }
}
exports.StaticSTSCredentialsProviderBuilder = StaticSTSCredentialsProviderBuilder;
/**
 * @internal
 */
class StaticSTSCredentialsProvider {
    static builder() {
        return new StaticSTSCredentialsProviderBuilder();
    }
    constructor(builder) {
        this.accessKeyId = builder.accessKeyId;
        this.accessKeySecret = builder.accessKeySecret;
        this.securityToken = builder.securityToken;
    }
    getProviderName() {
        return 'static_sts';
    }
    async getCredentials() {
        return credentials_1.default.builder()
            .withAccessKeyId(this.accessKeyId)
            .withAccessKeySecret(this.accessKeySecret)
            .withSecurityToken(this.securityToken)
            .withProviderName(this.getProviderName())
            .build();
    }
}
exports["default"] = StaticSTSCredentialsProvider;
//# sourceMappingURL=static_sts.js.map

/***/ }),

/***/ 4544:
/***/ (function(__unused_webpack_module, exports) {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseUTC = void 0;
/**
 * Parses a UTC format date time string and returns the number of milliseconds between midnight,
 * January 1, 1970 Universal Coordinated Time (UTC) (or GMT) and the specified date.
 * @param value A UTC format date time string. For example: 2015-04-09T11:52:19Z
 * @returns The number of milliseconds between 1970.01.01 to the specified date.
 */
function parseUTC(value) {
    if (!value) {
        throw new Error('invalid UTC format time string');
    }
    if (value.length === 20) {
        // 2024-08-30T07:03:06Z
        if (value[4] !== '-' || value[7] !== '-' || value[10] !== 'T' || value[13] !== ':' || value[16] !== ':' || value[19] !== 'Z') {
            throw new Error('invalid UTC format date string');
        }
    }
    else if (value.length === 24) {
        // 2024-08-30T07:03:06.117Z
        if (value[4] !== '-' || value[7] !== '-' || value[10] !== 'T' || value[13] !== ':' || value[16] !== ':' || value[19] !== '.' || value[23] !== 'Z') {
            throw new Error('invalid UTC format date string');
        }
    }
    else {
        throw new Error('invalid UTC format time string');
    }
    const yearStr = value.slice(0, 4);
    const year = Number.parseInt(yearStr, 10);
    if (isNaN(year)) {
        throw new Error('invalid year string');
    }
    const monthStr = value.slice(5, 7);
    const month = Number.parseInt(monthStr, 10);
    if (isNaN(month)) {
        throw new Error('invalid month string');
    }
    if (month < 1 || month > 12) {
        throw new Error('invalid month value');
    }
    const dateStr = value.slice(8, 10);
    const date = Number.parseInt(dateStr, 10);
    if (isNaN(date)) {
        throw new Error('invalid date string');
    }
    if (date < 1 || date > 31) {
        throw new Error('invalid date value');
    }
    const hoursStr = value.slice(11, 13);
    const hours = Number.parseInt(hoursStr, 10);
    if (isNaN(hours)) {
        throw new Error('invalid hours string');
    }
    if (hours < 0 || hours > 24) {
        throw new Error('invalid hours value');
    }
    const minutesStr = value.slice(14, 16);
    const minutes = Number.parseInt(minutesStr, 10);
    if (isNaN(minutes)) {
        throw new Error('invalid minutes string');
    }
    if (minutes < 0 || minutes > 60) {
        throw new Error('invalid minutes value');
    }
    const secondsStr = value.slice(17, 19);
    const seconds = Number.parseInt(secondsStr, 10);
    if (isNaN(seconds)) {
        throw new Error('invalid seconds string');
    }
    if (seconds < 0 || seconds > 60) {
        throw new Error('invalid seconds value');
    }
    if (value.length === 24) {
        const msStr = value.slice(20, 23);
        const ms = Number.parseInt(msStr, 10);
        if (isNaN(ms)) {
            throw new Error('invalid ms string');
        }
        return Date.UTC(year, month - 1, date, hours, minutes, seconds, ms);
    }
    return Date.UTC(year, month - 1, date, hours, minutes, seconds);
}
exports.parseUTC = parseUTC;
//# sourceMappingURL=time.js.map

/***/ }),

/***/ 1712:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {

"use strict";

var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getRandomInt = exports.loadIni = exports.parseFile = exports.timestamp = void 0;
const ini = __importStar(__webpack_require__(2616));
const kitx = __importStar(__webpack_require__(4108));
const fs_1 = __importDefault(__webpack_require__(9896));
const util_1 = __webpack_require__(9023);
const readFileAsync = (0, util_1.promisify)(fs_1.default.readFile);
const accessAsync = (0, util_1.promisify)(fs_1.default.access);
function timestamp(dateStr, timeChange) {
    let date = new Date(dateStr);
    if (!dateStr || isNaN(date.getTime())) {
        date = new Date();
    }
    if (timeChange) {
        date.setTime(date.getTime() + timeChange);
    }
    const YYYY = date.getUTCFullYear();
    const MM = kitx.pad2(date.getUTCMonth() + 1);
    const DD = kitx.pad2(date.getUTCDate());
    const HH = kitx.pad2(date.getUTCHours());
    const mm = kitx.pad2(date.getUTCMinutes());
    const ss = kitx.pad2(date.getUTCSeconds());
    // \u5220\u9664\u6389\u6beb\u79d2\u90e8\u5206
    return `${YYYY}-${MM}-${DD}T${HH}:${mm}:${ss}Z`;
}
exports.timestamp = timestamp;
function parseFile(file, ignoreErr = false) {
    // check read permission
    try {
        fs_1.default.accessSync(file, fs_1.default.constants.R_OK);
    }
    catch (e) {
        if (ignoreErr) {
            return null;
        }
        throw new Error('Has no read permission to credentials file');
    }
    return ini.parse(fs_1.default.readFileSync(file, 'utf-8'));
}
exports.parseFile = parseFile;
async function loadIni(filePath) {
    await accessAsync(filePath, fs_1.default.constants.R_OK);
    const content = await readFileAsync(filePath, 'utf-8');
    return ini.parse(content);
}
exports.loadIni = loadIni;
function getRandomInt(max) {
    return Math.floor(Math.random() * (max + 1));
}
exports.getRandomInt = getRandomInt;
//# sourceMappingURL=utils.js.map

/***/ }),

/***/ 6851:
/***/ (function(__unused_webpack_module, exports) {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.splitProcessCommand = void 0;
/**
 * Split process_command into argv with quote support.
 * Allows quoted Windows paths such as "C:\\Program Files\\tool.exe".
 *
 * On Unix, escape rules follow POSIX shlex: outside quotes, '\' escapes the
 * next char; inside double quotes, '\' only escapes '"', '\', '$' and '`';
 * backslash-newline is a line continuation (both removed) outside single
 * quotes; inside single quotes, all characters are literal.
 *
 * On Windows, '\' is a path separator and is treated as a literal (except
 * '\"' inside double quotes), so unquoted paths like C:\tools\cred.exe keep
 * their backslashes.
 */
function splitProcessCommand(command, windows = process.platform === 'win32') {
    const input = (command || '').trim();
    if (!input) {
        throw new Error('process_command is empty');
    }
    const args = [];
    let current = '';
    let inSingle = false;
    let inDouble = false;
    // Tracks that a token has started even if it is empty, so quoted empty
    // arguments like `tool "" arg` keep their empty argv element.
    let hasToken = false;
    const flush = () => {
        if (hasToken) {
            args.push(current);
            current = '';
            hasToken = false;
        }
    };
    for (let i = 0; i < input.length; i++) {
        const c = input[i];
        if (inSingle) {
            if (c === "'") {
                inSingle = false;
            }
            else {
                current += c;
            }
            continue;
        }
        if (inDouble) {
            if (c === '"') {
                inDouble = false;
                continue;
            }
            if (c === '\\' && i + 1 < input.length) {
                const next = input[i + 1];
                if (windows) {
                    // On Windows only \" is an escape inside double quotes.
                    if (next === '"') {
                        current += next;
                        i++;
                        continue;
                    }
                }
                else if (next === '\n') {
                    // Backslash-newline is a line continuation: both removed.
                    i++;
                    continue;
                }
                else if (next === '"' || next === '\\' || next === '$' || next === '`') {
                    current += next;
                    i++;
                    continue;
                }
            }
            current += c;
            continue;
        }
        if (c === '\\') {
            if (windows) {
                // Path separator \u2014 keep literal.
                hasToken = true;
                current += c;
                continue;
            }
            if (i + 1 >= input.length) {
                throw new Error('invalid process_command: trailing backslash');
            }
            if (input[i + 1] === '\n') {
                // Backslash-newline is a line continuation: both removed.
                i++;
                continue;
            }
            hasToken = true;
            current += input[++i];
            continue;
        }
        if (c === "'") {
            inSingle = true;
            hasToken = true;
            continue;
        }
        if (c === '"') {
            inDouble = true;
            hasToken = true;
            continue;
        }
        if (/\s/.test(c)) {
            flush();
            continue;
        }
        hasToken = true;
        current += c;
    }
    if (inSingle || inDouble) {
        throw new Error('invalid process_command: unclosed quote');
    }
    flush();
    if (args.length === 0 || args[0] === '') {
        throw new Error('process_command is empty');
    }
    return args;
}
exports.splitProcessCommand = splitProcessCommand;
//# sourceMappingURL=command.js.map

/***/ }),

/***/ 2616:
/***/ (function(__unused_webpack_module, exports) {

exports.parse = exports.decode = decode

exports.stringify = exports.encode = encode

exports.safe = safe
exports.unsafe = unsafe

var eol = typeof process !== 'undefined' &&
  process.platform === 'win32' ? '\r\n' : '\n'

function encode (obj, opt) {
  var children = []
  var out = ''

  if (typeof opt === 'string') {
    opt = {
      section: opt,
      whitespace: false,
    }
  } else {
    opt = opt || {}
    opt.whitespace = opt.whitespace === true
  }

  var separator = opt.whitespace ? ' = ' : '='

  Object.keys(obj).forEach(function (k, _, __) {
    var val = obj[k]
    if (val && Array.isArray(val)) {
      val.forEach(function (item) {
        out += safe(k + '[]') + separator + safe(item) + '\n'
      })
    } else if (val && typeof val === 'object')
      children.push(k)
    else
      out += safe(k) + separator + safe(val) + eol
  })

  if (opt.section && out.length)
    out = '[' + safe(opt.section) + ']' + eol + out

  children.forEach(function (k, _, __) {
    var nk = dotSplit(k).join('\\.')
    var section = (opt.section ? opt.section + '.' : '') + nk
    var child = encode(obj[k], {
      section: section,
      whitespace: opt.whitespace,
    })
    if (out.length && child.length)
      out += eol

    out += child
  })

  return out
}

function dotSplit (str) {
  return str.replace(/\1/g, '\u0002LITERAL\\1LITERAL\u0002')
    .replace(/\\\./g, '\u0001')
    .split(/\./).map(function (part) {
      return part.replace(/\1/g, '\\.')
        .replace(/\2LITERAL\\1LITERAL\2/g, '\u0001')
    })
}

function decode (str) {
  var out = {}
  var p = out
  var section = null
  //          section     |key      = value
  var re = /^\[([^\]]*)\]$|^([^=]+)(=(.*))?$/i
  var lines = str.split(/[\r\n]+/g)

  lines.forEach(function (line, _, __) {
    if (!line || line.match(/^\s*[;#]/))
      return
    var match = line.match(re)
    if (!match)
      return
    if (match[1] !== undefined) {
      section = unsafe(match[1])
      if (section === '__proto__') {
        // not allowed
        // keep parsing the section, but don't attach it.
        p = {}
        return
      }
      p = out[section] = out[section] || {}
      return
    }
    var key = unsafe(match[2])
    if (key === '__proto__')
      return
    var value = match[3] ? unsafe(match[4]) : true
    switch (value) {
      case 'true':
      case 'false':
      case 'null': value = JSON.parse(value)
    }

    // Convert keys with '[]' suffix to an array
    if (key.length > 2 && key.slice(-2) === '[]') {
      key = key.substring(0, key.length - 2)
      if (key === '__proto__')
        return
      if (!p[key])
        p[key] = []
      else if (!Array.isArray(p[key]))
        p[key] = [p[key]]
    }

    // safeguard against resetting a previously defined
    // array by accidentally forgetting the brackets
    if (Array.isArray(p[key]))
      p[key].push(value)
    else
      p[key] = value
  })

  // {a:{y:1},"a.b":{x:2}} --> {a:{y:1,b:{x:2}}}
  // use a filter to return the keys that have to be deleted.
  Object.keys(out).filter(function (k, _, __) {
    if (!out[k] ||
      typeof out[k] !== 'object' ||
      Array.isArray(out[k]))
      return false

    // see if the parent section is also an object.
    // if so, add it to that, and mark this one for deletion
    var parts = dotSplit(k)
    var p = out
    var l = parts.pop()
    var nl = l.replace(/\\\./g, '.')
    parts.forEach(function (part, _, __) {
      if (part === '__proto__')
        return
      if (!p[part] || typeof p[part] !== 'object')
        p[part] = {}
      p = p[part]
    })
    if (p === out && nl === l)
      return false

    p[nl] = out[k]
    return true
  }).forEach(function (del, _, __) {
    delete out[del]
  })

  return out
}

function isQuoted (val) {
  return (val.charAt(0) === '"' && val.slice(-1) === '"') ||
    (val.charAt(0) === "'" && val.slice(-1) === "'")
}

function safe (val) {
  return (typeof val !== 'string' ||
    val.match(/[=\r\n]/) ||
    val.match(/^\[/) ||
    (val.length > 1 &&
     isQuoted(val)) ||
    val !== val.trim())
    ? JSON.stringify(val)
    : val.replace(/;/g, '\\;').replace(/#/g, '\\#')
}

function unsafe (val, doUnesc) {
  val = (val || '').trim()
  if (isQuoted(val)) {
    // remove the single quotes before calling JSON.parse
    if (val.charAt(0) === "'")
      val = val.substr(1, val.length - 2)

    try {
      val = JSON.parse(val)
    } catch (_) {}
  } else {
    // walk the val to find the first not-escaped ; character
    var esc = false
    var unesc = ''
    for (var i = 0, l = val.length; i < l; i++) {
      var c = val.charAt(i)
      if (esc) {
        if ('\\;#'.indexOf(c) !== -1)
          unesc += c
        else
          unesc += '\\' + c

        esc = false
      } else if (';#'.indexOf(c) !== -1)
        break
      else if (c === '\\')
        esc = true
      else
        unesc += c
    }
    if (esc)
      unesc += '\\'

    return unesc.trim()
  }
  return val
}


/***/ })

};
;