/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars*/
"use strict";

var $protobuf = require("protobufjs/minimal");

// Common aliases
var $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;

// Exported root namespace
var $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

$root.cbbridge = (function() {

    /**
     * Namespace cbbridge.
     * @exports cbbridge
     * @namespace
     */
    var cbbridge = {};

    cbbridge.sensor = (function() {

        /**
         * Namespace sensor.
         * @memberof cbbridge
         * @namespace
         */
        var sensor = {};

        sensor.CbHeaderMsg = (function() {

            /**
             * Properties of a CbHeaderMsg.
             * @memberof cbbridge.sensor
             * @interface ICbHeaderMsg
             * @property {number} version CbHeaderMsg version
             * @property {number|null} [bootid] CbHeaderMsg bootid
             * @property {number|null} [eventid] CbHeaderMsg eventid
             * @property {Long|null} [timestamp] CbHeaderMsg timestamp
             * @property {Long|null} [process_guid] CbHeaderMsg process_guid
             * @property {Long|null} [filepath_string_guid] CbHeaderMsg filepath_string_guid
             * @property {number|null} [magic] CbHeaderMsg magic
             * @property {Long|null} [process_filepath_string_guid] CbHeaderMsg process_filepath_string_guid
             * @property {Long|null} [process_create_time] CbHeaderMsg process_create_time
             * @property {number|null} [process_pid] CbHeaderMsg process_pid
             * @property {Uint8Array|null} [process_md5] CbHeaderMsg process_md5
             * @property {string|null} [process_path] CbHeaderMsg process_path
             * @property {number|null} [fork_pid] CbHeaderMsg fork_pid
             * @property {Uint8Array|null} [process_sha256] CbHeaderMsg process_sha256
             */

            /**
             * Constructs a new CbHeaderMsg.
             * @memberof cbbridge.sensor
             * @classdesc Represents a CbHeaderMsg.
             * @implements ICbHeaderMsg
             * @constructor
             * @param {cbbridge.sensor.ICbHeaderMsg=} [properties] Properties to set
             */
            function CbHeaderMsg(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * CbHeaderMsg version.
             * @member {number} version
             * @memberof cbbridge.sensor.CbHeaderMsg
             * @instance
             */
            CbHeaderMsg.prototype.version = 0;

            /**
             * CbHeaderMsg bootid.
             * @member {number} bootid
             * @memberof cbbridge.sensor.CbHeaderMsg
             * @instance
             */
            CbHeaderMsg.prototype.bootid = 0;

            /**
             * CbHeaderMsg eventid.
             * @member {number} eventid
             * @memberof cbbridge.sensor.CbHeaderMsg
             * @instance
             */
            CbHeaderMsg.prototype.eventid = 0;

            /**
             * CbHeaderMsg timestamp.
             * @member {Long} timestamp
             * @memberof cbbridge.sensor.CbHeaderMsg
             * @instance
             */
            CbHeaderMsg.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * CbHeaderMsg process_guid.
             * @member {Long} process_guid
             * @memberof cbbridge.sensor.CbHeaderMsg
             * @instance
             */
            CbHeaderMsg.prototype.process_guid = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * CbHeaderMsg filepath_string_guid.
             * @member {Long} filepath_string_guid
             * @memberof cbbridge.sensor.CbHeaderMsg
             * @instance
             */
            CbHeaderMsg.prototype.filepath_string_guid = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * CbHeaderMsg magic.
             * @member {number} magic
             * @memberof cbbridge.sensor.CbHeaderMsg
             * @instance
             */
            CbHeaderMsg.prototype.magic = 3735928559;

            /**
             * CbHeaderMsg process_filepath_string_guid.
             * @member {Long} process_filepath_string_guid
             * @memberof cbbridge.sensor.CbHeaderMsg
             * @instance
             */
            CbHeaderMsg.prototype.process_filepath_string_guid = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * CbHeaderMsg process_create_time.
             * @member {Long} process_create_time
             * @memberof cbbridge.sensor.CbHeaderMsg
             * @instance
             */
            CbHeaderMsg.prototype.process_create_time = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * CbHeaderMsg process_pid.
             * @member {number} process_pid
             * @memberof cbbridge.sensor.CbHeaderMsg
             * @instance
             */
            CbHeaderMsg.prototype.process_pid = 0;

            /**
             * CbHeaderMsg process_md5.
             * @member {Uint8Array} process_md5
             * @memberof cbbridge.sensor.CbHeaderMsg
             * @instance
             */
            CbHeaderMsg.prototype.process_md5 = $util.newBuffer([]);

            /**
             * CbHeaderMsg process_path.
             * @member {string} process_path
             * @memberof cbbridge.sensor.CbHeaderMsg
             * @instance
             */
            CbHeaderMsg.prototype.process_path = "";

            /**
             * CbHeaderMsg fork_pid.
             * @member {number} fork_pid
             * @memberof cbbridge.sensor.CbHeaderMsg
             * @instance
             */
            CbHeaderMsg.prototype.fork_pid = 0;

            /**
             * CbHeaderMsg process_sha256.
             * @member {Uint8Array} process_sha256
             * @memberof cbbridge.sensor.CbHeaderMsg
             * @instance
             */
            CbHeaderMsg.prototype.process_sha256 = $util.newBuffer([]);

            /**
             * Creates a new CbHeaderMsg instance using the specified properties.
             * @function create
             * @memberof cbbridge.sensor.CbHeaderMsg
             * @static
             * @param {cbbridge.sensor.ICbHeaderMsg=} [properties] Properties to set
             * @returns {cbbridge.sensor.CbHeaderMsg} CbHeaderMsg instance
             */
            CbHeaderMsg.create = function create(properties) {
                return new CbHeaderMsg(properties);
            };

            /**
             * Encodes the specified CbHeaderMsg message. Does not implicitly {@link cbbridge.sensor.CbHeaderMsg.verify|verify} messages.
             * @function encode
             * @memberof cbbridge.sensor.CbHeaderMsg
             * @static
             * @param {cbbridge.sensor.ICbHeaderMsg} message CbHeaderMsg message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CbHeaderMsg.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.version);
                if (message.bootid != null && Object.hasOwnProperty.call(message, "bootid"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.bootid);
                if (message.eventid != null && Object.hasOwnProperty.call(message, "eventid"))
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.eventid);
                if (message.timestamp != null && Object.hasOwnProperty.call(message, "timestamp"))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.timestamp);
                if (message.process_guid != null && Object.hasOwnProperty.call(message, "process_guid"))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.process_guid);
                if (message.filepath_string_guid != null && Object.hasOwnProperty.call(message, "filepath_string_guid"))
                    writer.uint32(/* id 6, wireType 0 =*/48).int64(message.filepath_string_guid);
                if (message.magic != null && Object.hasOwnProperty.call(message, "magic"))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.magic);
                if (message.process_filepath_string_guid != null && Object.hasOwnProperty.call(message, "process_filepath_string_guid"))
                    writer.uint32(/* id 8, wireType 0 =*/64).int64(message.process_filepath_string_guid);
                if (message.process_create_time != null && Object.hasOwnProperty.call(message, "process_create_time"))
                    writer.uint32(/* id 9, wireType 0 =*/72).int64(message.process_create_time);
                if (message.process_pid != null && Object.hasOwnProperty.call(message, "process_pid"))
                    writer.uint32(/* id 10, wireType 0 =*/80).int32(message.process_pid);
                if (message.process_md5 != null && Object.hasOwnProperty.call(message, "process_md5"))
                    writer.uint32(/* id 11, wireType 2 =*/90).bytes(message.process_md5);
                if (message.process_path != null && Object.hasOwnProperty.call(message, "process_path"))
                    writer.uint32(/* id 12, wireType 2 =*/98).string(message.process_path);
                if (message.fork_pid != null && Object.hasOwnProperty.call(message, "fork_pid"))
                    writer.uint32(/* id 13, wireType 0 =*/104).int32(message.fork_pid);
                if (message.process_sha256 != null && Object.hasOwnProperty.call(message, "process_sha256"))
                    writer.uint32(/* id 14, wireType 2 =*/114).bytes(message.process_sha256);
                return writer;
            };

            /**
             * Decodes a CbHeaderMsg message from the specified reader or buffer.
             * @function decode
             * @memberof cbbridge.sensor.CbHeaderMsg
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cbbridge.sensor.CbHeaderMsg} CbHeaderMsg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CbHeaderMsg.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.cbbridge.sensor.CbHeaderMsg();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.version = reader.int32();
                            break;
                        }
                    case 2: {
                            message.bootid = reader.int32();
                            break;
                        }
                    case 3: {
                            message.eventid = reader.int32();
                            break;
                        }
                    case 4: {
                            message.timestamp = reader.int64();
                            break;
                        }
                    case 5: {
                            message.process_guid = reader.int64();
                            break;
                        }
                    case 6: {
                            message.filepath_string_guid = reader.int64();
                            break;
                        }
                    case 7: {
                            message.magic = reader.uint32();
                            break;
                        }
                    case 8: {
                            message.process_filepath_string_guid = reader.int64();
                            break;
                        }
                    case 9: {
                            message.process_create_time = reader.int64();
                            break;
                        }
                    case 10: {
                            message.process_pid = reader.int32();
                            break;
                        }
                    case 11: {
                            message.process_md5 = reader.bytes();
                            break;
                        }
                    case 12: {
                            message.process_path = reader.string();
                            break;
                        }
                    case 13: {
                            message.fork_pid = reader.int32();
                            break;
                        }
                    case 14: {
                            message.process_sha256 = reader.bytes();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                if (!Object.hasOwnProperty.call(message, "version"))
                    throw $util.ProtocolError("missing required 'version'", { instance: message });
                return message;
            };

            return CbHeaderMsg;
        })();

        sensor.CbStringMsg = (function() {

            /**
             * Properties of a CbStringMsg.
             * @memberof cbbridge.sensor
             * @interface ICbStringMsg
             * @property {Long|null} [guid] CbStringMsg guid
             * @property {Uint8Array|null} [utf8string] CbStringMsg utf8string
             * @property {cbbridge.sensor.CbStringMsg.CbStringType|null} [string_type] CbStringMsg string_type
             */

            /**
             * Constructs a new CbStringMsg.
             * @memberof cbbridge.sensor
             * @classdesc Represents a CbStringMsg.
             * @implements ICbStringMsg
             * @constructor
             * @param {cbbridge.sensor.ICbStringMsg=} [properties] Properties to set
             */
            function CbStringMsg(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * CbStringMsg guid.
             * @member {Long} guid
             * @memberof cbbridge.sensor.CbStringMsg
             * @instance
             */
            CbStringMsg.prototype.guid = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * CbStringMsg utf8string.
             * @member {Uint8Array} utf8string
             * @memberof cbbridge.sensor.CbStringMsg
             * @instance
             */
            CbStringMsg.prototype.utf8string = $util.newBuffer([]);

            /**
             * CbStringMsg string_type.
             * @member {cbbridge.sensor.CbStringMsg.CbStringType} string_type
             * @memberof cbbridge.sensor.CbStringMsg
             * @instance
             */
            CbStringMsg.prototype.string_type = 1;

            /**
             * Creates a new CbStringMsg instance using the specified properties.
             * @function create
             * @memberof cbbridge.sensor.CbStringMsg
             * @static
             * @param {cbbridge.sensor.ICbStringMsg=} [properties] Properties to set
             * @returns {cbbridge.sensor.CbStringMsg} CbStringMsg instance
             */
            CbStringMsg.create = function create(properties) {
                return new CbStringMsg(properties);
            };

            /**
             * Encodes the specified CbStringMsg message. Does not implicitly {@link cbbridge.sensor.CbStringMsg.verify|verify} messages.
             * @function encode
             * @memberof cbbridge.sensor.CbStringMsg
             * @static
             * @param {cbbridge.sensor.ICbStringMsg} message CbStringMsg message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CbStringMsg.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.guid != null && Object.hasOwnProperty.call(message, "guid"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.guid);
                if (message.utf8string != null && Object.hasOwnProperty.call(message, "utf8string"))
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.utf8string);
                if (message.string_type != null && Object.hasOwnProperty.call(message, "string_type"))
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.string_type);
                return writer;
            };

            /**
             * Decodes a CbStringMsg message from the specified reader or buffer.
             * @function decode
             * @memberof cbbridge.sensor.CbStringMsg
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cbbridge.sensor.CbStringMsg} CbStringMsg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CbStringMsg.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.cbbridge.sensor.CbStringMsg();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.guid = reader.int64();
                            break;
                        }
                    case 2: {
                            message.utf8string = reader.bytes();
                            break;
                        }
                    case 3: {
                            message.string_type = reader.int32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * CbStringType enum.
             * @name cbbridge.sensor.CbStringMsg.CbStringType
             * @enum {number}
             * @property {number} typeFilepath=1 typeFilepath value
             * @property {number} typeRegpath=2 typeRegpath value
             * @property {number} typeNetpath=3 typeNetpath value
             */
            CbStringMsg.CbStringType = (function() {
                var valuesById = {}, values = Object.create(valuesById);
                values[valuesById[1] = "typeFilepath"] = 1;
                values[valuesById[2] = "typeRegpath"] = 2;
                values[valuesById[3] = "typeNetpath"] = 3;
                return values;
            })();

            return CbStringMsg;
        })();

        sensor.CbProcessMsg = (function() {

            /**
             * Properties of a CbProcessMsg.
             * @memberof cbbridge.sensor
             * @interface ICbProcessMsg
             * @property {number|null} [pid] CbProcessMsg pid
             * @property {boolean|null} [created] CbProcessMsg created
             * @property {number|null} [parent_pid] CbProcessMsg parent_pid
             * @property {Long|null} [parent_create_time] CbProcessMsg parent_create_time
             * @property {Long|null} [parent_guid] CbProcessMsg parent_guid
             * @property {Uint8Array|null} [md5hash] CbProcessMsg md5hash
             * @property {boolean|null} [have_seen_before] CbProcessMsg have_seen_before
             * @property {Long|null} [deprecated] CbProcessMsg deprecated
             * @property {Uint8Array|null} [commandline] CbProcessMsg commandline
             * @property {Uint8Array|null} [parent_md5] CbProcessMsg parent_md5
             * @property {string|null} [parent_path] CbProcessMsg parent_path
             * @property {boolean|null} [creationobserved] CbProcessMsg creationobserved
             * @property {boolean|null} [expect_followon_w_md5] CbProcessMsg expect_followon_w_md5
             * @property {string|null} [uid] CbProcessMsg uid
             * @property {string|null} [username] CbProcessMsg username
             * @property {Array.<cbbridge.sensor.ICbEmetMitigationAction>|null} [actions] CbProcessMsg actions
             * @property {boolean|null} [actionsAreFromGPO] CbProcessMsg actionsAreFromGPO
             * @property {boolean|null} [bFilteringKnownDlls] CbProcessMsg bFilteringKnownDlls
             * @property {Uint8Array|null} [sha256hash] CbProcessMsg sha256hash
             * @property {Uint8Array|null} [parent_sha256] CbProcessMsg parent_sha256
             * @property {number|null} [logon_type] CbProcessMsg logon_type
             */

            /**
             * Constructs a new CbProcessMsg.
             * @memberof cbbridge.sensor
             * @classdesc Represents a CbProcessMsg.
             * @implements ICbProcessMsg
             * @constructor
             * @param {cbbridge.sensor.ICbProcessMsg=} [properties] Properties to set
             */
            function CbProcessMsg(properties) {
                this.actions = [];
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * CbProcessMsg pid.
             * @member {number} pid
             * @memberof cbbridge.sensor.CbProcessMsg
             * @instance
             */
            CbProcessMsg.prototype.pid = 0;

            /**
             * CbProcessMsg created.
             * @member {boolean} created
             * @memberof cbbridge.sensor.CbProcessMsg
             * @instance
             */
            CbProcessMsg.prototype.created = false;

            /**
             * CbProcessMsg parent_pid.
             * @member {number} parent_pid
             * @memberof cbbridge.sensor.CbProcessMsg
             * @instance
             */
            CbProcessMsg.prototype.parent_pid = 0;

            /**
             * CbProcessMsg parent_create_time.
             * @member {Long} parent_create_time
             * @memberof cbbridge.sensor.CbProcessMsg
             * @instance
             */
            CbProcessMsg.prototype.parent_create_time = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * CbProcessMsg parent_guid.
             * @member {Long} parent_guid
             * @memberof cbbridge.sensor.CbProcessMsg
             * @instance
             */
            CbProcessMsg.prototype.parent_guid = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * CbProcessMsg md5hash.
             * @member {Uint8Array} md5hash
             * @memberof cbbridge.sensor.CbProcessMsg
             * @instance
             */
            CbProcessMsg.prototype.md5hash = $util.newBuffer([]);

            /**
             * CbProcessMsg have_seen_before.
             * @member {boolean} have_seen_before
             * @memberof cbbridge.sensor.CbProcessMsg
             * @instance
             */
            CbProcessMsg.prototype.have_seen_before = false;

            /**
             * CbProcessMsg deprecated.
             * @member {Long} deprecated
             * @memberof cbbridge.sensor.CbProcessMsg
             * @instance
             */
            CbProcessMsg.prototype.deprecated = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * CbProcessMsg commandline.
             * @member {Uint8Array} commandline
             * @memberof cbbridge.sensor.CbProcessMsg
             * @instance
             */
            CbProcessMsg.prototype.commandline = $util.newBuffer([]);

            /**
             * CbProcessMsg parent_md5.
             * @member {Uint8Array} parent_md5
             * @memberof cbbridge.sensor.CbProcessMsg
             * @instance
             */
            CbProcessMsg.prototype.parent_md5 = $util.newBuffer([]);

            /**
             * CbProcessMsg parent_path.
             * @member {string} parent_path
             * @memberof cbbridge.sensor.CbProcessMsg
             * @instance
             */
            CbProcessMsg.prototype.parent_path = "";

            /**
             * CbProcessMsg creationobserved.
             * @member {boolean} creationobserved
             * @memberof cbbridge.sensor.CbProcessMsg
             * @instance
             */
            CbProcessMsg.prototype.creationobserved = false;

            /**
             * CbProcessMsg expect_followon_w_md5.
             * @member {boolean} expect_followon_w_md5
             * @memberof cbbridge.sensor.CbProcessMsg
             * @instance
             */
            CbProcessMsg.prototype.expect_followon_w_md5 = false;

            /**
             * CbProcessMsg uid.
             * @member {string} uid
             * @memberof cbbridge.sensor.CbProcessMsg
             * @instance
             */
            CbProcessMsg.prototype.uid = "";

            /**
             * CbProcessMsg username.
             * @member {string} username
             * @memberof cbbridge.sensor.CbProcessMsg
             * @instance
             */
            CbProcessMsg.prototype.username = "";

            /**
             * CbProcessMsg actions.
             * @member {Array.<cbbridge.sensor.ICbEmetMitigationAction>} actions
             * @memberof cbbridge.sensor.CbProcessMsg
             * @instance
             */
            CbProcessMsg.prototype.actions = $util.emptyArray;

            /**
             * CbProcessMsg actionsAreFromGPO.
             * @member {boolean} actionsAreFromGPO
             * @memberof cbbridge.sensor.CbProcessMsg
             * @instance
             */
            CbProcessMsg.prototype.actionsAreFromGPO = false;

            /**
             * CbProcessMsg bFilteringKnownDlls.
             * @member {boolean} bFilteringKnownDlls
             * @memberof cbbridge.sensor.CbProcessMsg
             * @instance
             */
            CbProcessMsg.prototype.bFilteringKnownDlls = false;

            /**
             * CbProcessMsg sha256hash.
             * @member {Uint8Array} sha256hash
             * @memberof cbbridge.sensor.CbProcessMsg
             * @instance
             */
            CbProcessMsg.prototype.sha256hash = $util.newBuffer([]);

            /**
             * CbProcessMsg parent_sha256.
             * @member {Uint8Array} parent_sha256
             * @memberof cbbridge.sensor.CbProcessMsg
             * @instance
             */
            CbProcessMsg.prototype.parent_sha256 = $util.newBuffer([]);

            /**
             * CbProcessMsg logon_type.
             * @member {number} logon_type
             * @memberof cbbridge.sensor.CbProcessMsg
             * @instance
             */
            CbProcessMsg.prototype.logon_type = -2;

            /**
             * Creates a new CbProcessMsg instance using the specified properties.
             * @function create
             * @memberof cbbridge.sensor.CbProcessMsg
             * @static
             * @param {cbbridge.sensor.ICbProcessMsg=} [properties] Properties to set
             * @returns {cbbridge.sensor.CbProcessMsg} CbProcessMsg instance
             */
            CbProcessMsg.create = function create(properties) {
                return new CbProcessMsg(properties);
            };

            /**
             * Encodes the specified CbProcessMsg message. Does not implicitly {@link cbbridge.sensor.CbProcessMsg.verify|verify} messages.
             * @function encode
             * @memberof cbbridge.sensor.CbProcessMsg
             * @static
             * @param {cbbridge.sensor.ICbProcessMsg} message CbProcessMsg message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CbProcessMsg.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.pid != null && Object.hasOwnProperty.call(message, "pid"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.pid);
                if (message.created != null && Object.hasOwnProperty.call(message, "created"))
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.created);
                if (message.parent_pid != null && Object.hasOwnProperty.call(message, "parent_pid"))
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.parent_pid);
                if (message.parent_create_time != null && Object.hasOwnProperty.call(message, "parent_create_time"))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.parent_create_time);
                if (message.parent_guid != null && Object.hasOwnProperty.call(message, "parent_guid"))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.parent_guid);
                if (message.md5hash != null && Object.hasOwnProperty.call(message, "md5hash"))
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.md5hash);
                if (message.have_seen_before != null && Object.hasOwnProperty.call(message, "have_seen_before"))
                    writer.uint32(/* id 7, wireType 0 =*/56).bool(message.have_seen_before);
                if (message.deprecated != null && Object.hasOwnProperty.call(message, "deprecated"))
                    writer.uint32(/* id 8, wireType 0 =*/64).int64(message.deprecated);
                if (message.commandline != null && Object.hasOwnProperty.call(message, "commandline"))
                    writer.uint32(/* id 9, wireType 2 =*/74).bytes(message.commandline);
                if (message.parent_md5 != null && Object.hasOwnProperty.call(message, "parent_md5"))
                    writer.uint32(/* id 10, wireType 2 =*/82).bytes(message.parent_md5);
                if (message.parent_path != null && Object.hasOwnProperty.call(message, "parent_path"))
                    writer.uint32(/* id 11, wireType 2 =*/90).string(message.parent_path);
                if (message.creationobserved != null && Object.hasOwnProperty.call(message, "creationobserved"))
                    writer.uint32(/* id 12, wireType 0 =*/96).bool(message.creationobserved);
                if (message.expect_followon_w_md5 != null && Object.hasOwnProperty.call(message, "expect_followon_w_md5"))
                    writer.uint32(/* id 13, wireType 0 =*/104).bool(message.expect_followon_w_md5);
                if (message.uid != null && Object.hasOwnProperty.call(message, "uid"))
                    writer.uint32(/* id 14, wireType 2 =*/114).string(message.uid);
                if (message.username != null && Object.hasOwnProperty.call(message, "username"))
                    writer.uint32(/* id 15, wireType 2 =*/122).string(message.username);
                if (message.actions != null && message.actions.length)
                    for (var i = 0; i < message.actions.length; ++i)
                        $root.cbbridge.sensor.CbEmetMitigationAction.encode(message.actions[i], writer.uint32(/* id 16, wireType 2 =*/130).fork(), q + 1).ldelim();
                if (message.actionsAreFromGPO != null && Object.hasOwnProperty.call(message, "actionsAreFromGPO"))
                    writer.uint32(/* id 17, wireType 0 =*/136).bool(message.actionsAreFromGPO);
                if (message.bFilteringKnownDlls != null && Object.hasOwnProperty.call(message, "bFilteringKnownDlls"))
                    writer.uint32(/* id 18, wireType 0 =*/144).bool(message.bFilteringKnownDlls);
                if (message.sha256hash != null && Object.hasOwnProperty.call(message, "sha256hash"))
                    writer.uint32(/* id 19, wireType 2 =*/154).bytes(message.sha256hash);
                if (message.parent_sha256 != null && Object.hasOwnProperty.call(message, "parent_sha256"))
                    writer.uint32(/* id 20, wireType 2 =*/162).bytes(message.parent_sha256);
                if (message.logon_type != null && Object.hasOwnProperty.call(message, "logon_type"))
                    writer.uint32(/* id 21, wireType 0 =*/168).int32(message.logon_type);
                return writer;
            };

            /**
             * Decodes a CbProcessMsg message from the specified reader or buffer.
             * @function decode
             * @memberof cbbridge.sensor.CbProcessMsg
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cbbridge.sensor.CbProcessMsg} CbProcessMsg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CbProcessMsg.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.cbbridge.sensor.CbProcessMsg();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.pid = reader.int32();
                            break;
                        }
                    case 2: {
                            message.created = reader.bool();
                            break;
                        }
                    case 3: {
                            message.parent_pid = reader.int32();
                            break;
                        }
                    case 4: {
                            message.parent_create_time = reader.int64();
                            break;
                        }
                    case 5: {
                            message.parent_guid = reader.int64();
                            break;
                        }
                    case 6: {
                            message.md5hash = reader.bytes();
                            break;
                        }
                    case 7: {
                            message.have_seen_before = reader.bool();
                            break;
                        }
                    case 8: {
                            message.deprecated = reader.int64();
                            break;
                        }
                    case 9: {
                            message.commandline = reader.bytes();
                            break;
                        }
                    case 10: {
                            message.parent_md5 = reader.bytes();
                            break;
                        }
                    case 11: {
                            message.parent_path = reader.string();
                            break;
                        }
                    case 12: {
                            message.creationobserved = reader.bool();
                            break;
                        }
                    case 13: {
                            message.expect_followon_w_md5 = reader.bool();
                            break;
                        }
                    case 14: {
                            message.uid = reader.string();
                            break;
                        }
                    case 15: {
                            message.username = reader.string();
                            break;
                        }
                    case 16: {
                            if (!(message.actions && message.actions.length))
                                message.actions = [];
                            message.actions.push($root.cbbridge.sensor.CbEmetMitigationAction.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 17: {
                            message.actionsAreFromGPO = reader.bool();
                            break;
                        }
                    case 18: {
                            message.bFilteringKnownDlls = reader.bool();
                            break;
                        }
                    case 19: {
                            message.sha256hash = reader.bytes();
                            break;
                        }
                    case 20: {
                            message.parent_sha256 = reader.bytes();
                            break;
                        }
                    case 21: {
                            message.logon_type = reader.int32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            return CbProcessMsg;
        })();

        sensor.CbSuppressedInfo = (function() {

            /**
             * Properties of a CbSuppressedInfo.
             * @memberof cbbridge.sensor
             * @interface ICbSuppressedInfo
             * @property {boolean|null} [bIsSuppressed] CbSuppressedInfo bIsSuppressed
             * @property {cbbridge.sensor.CbSuppressedInfo.CbSuppressedProcessState|null} [state] CbSuppressedInfo state
             */

            /**
             * Constructs a new CbSuppressedInfo.
             * @memberof cbbridge.sensor
             * @classdesc Represents a CbSuppressedInfo.
             * @implements ICbSuppressedInfo
             * @constructor
             * @param {cbbridge.sensor.ICbSuppressedInfo=} [properties] Properties to set
             */
            function CbSuppressedInfo(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * CbSuppressedInfo bIsSuppressed.
             * @member {boolean} bIsSuppressed
             * @memberof cbbridge.sensor.CbSuppressedInfo
             * @instance
             */
            CbSuppressedInfo.prototype.bIsSuppressed = false;

            /**
             * CbSuppressedInfo state.
             * @member {cbbridge.sensor.CbSuppressedInfo.CbSuppressedProcessState} state
             * @memberof cbbridge.sensor.CbSuppressedInfo
             * @instance
             */
            CbSuppressedInfo.prototype.state = 1;

            /**
             * Creates a new CbSuppressedInfo instance using the specified properties.
             * @function create
             * @memberof cbbridge.sensor.CbSuppressedInfo
             * @static
             * @param {cbbridge.sensor.ICbSuppressedInfo=} [properties] Properties to set
             * @returns {cbbridge.sensor.CbSuppressedInfo} CbSuppressedInfo instance
             */
            CbSuppressedInfo.create = function create(properties) {
                return new CbSuppressedInfo(properties);
            };

            /**
             * Encodes the specified CbSuppressedInfo message. Does not implicitly {@link cbbridge.sensor.CbSuppressedInfo.verify|verify} messages.
             * @function encode
             * @memberof cbbridge.sensor.CbSuppressedInfo
             * @static
             * @param {cbbridge.sensor.ICbSuppressedInfo} message CbSuppressedInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CbSuppressedInfo.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.bIsSuppressed != null && Object.hasOwnProperty.call(message, "bIsSuppressed"))
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.bIsSuppressed);
                if (message.state != null && Object.hasOwnProperty.call(message, "state"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.state);
                return writer;
            };

            /**
             * Decodes a CbSuppressedInfo message from the specified reader or buffer.
             * @function decode
             * @memberof cbbridge.sensor.CbSuppressedInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cbbridge.sensor.CbSuppressedInfo} CbSuppressedInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CbSuppressedInfo.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.cbbridge.sensor.CbSuppressedInfo();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.bIsSuppressed = reader.bool();
                            break;
                        }
                    case 2: {
                            message.state = reader.int32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * CbSuppressedProcessState enum.
             * @name cbbridge.sensor.CbSuppressedInfo.CbSuppressedProcessState
             * @enum {number}
             * @property {number} suppressedEventlessModloads=1 suppressedEventlessModloads value
             * @property {number} suppressedEventlessWithXproc=2 suppressedEventlessWithXproc value
             */
            CbSuppressedInfo.CbSuppressedProcessState = (function() {
                var valuesById = {}, values = Object.create(valuesById);
                values[valuesById[1] = "suppressedEventlessModloads"] = 1;
                values[valuesById[2] = "suppressedEventlessWithXproc"] = 2;
                return values;
            })();

            return CbSuppressedInfo;
        })();

        sensor.CbChildProcessMsg = (function() {

            /**
             * Properties of a CbChildProcessMsg.
             * @memberof cbbridge.sensor
             * @interface ICbChildProcessMsg
             * @property {boolean|null} [created] CbChildProcessMsg created
             * @property {Long|null} [parent_guid] CbChildProcessMsg parent_guid
             * @property {Uint8Array|null} [md5hash] CbChildProcessMsg md5hash
             * @property {Long|null} [child_guid] CbChildProcessMsg child_guid
             * @property {string|null} [path] CbChildProcessMsg path
             * @property {Long|null} [pid] CbChildProcessMsg pid
             * @property {Long|null} [create_time] CbChildProcessMsg create_time
             * @property {boolean|null} [tamper] CbChildProcessMsg tamper
             * @property {cbbridge.sensor.ICbSuppressedInfo|null} [suppressed] CbChildProcessMsg suppressed
             * @property {Uint8Array|null} [commandline] CbChildProcessMsg commandline
             * @property {string|null} [username] CbChildProcessMsg username
             * @property {cbbridge.sensor.CbChildProcessMsg.CbChildProcType|null} [childProcType] CbChildProcessMsg childProcType
             * @property {boolean|null} [tamper_sent] CbChildProcessMsg tamper_sent
             * @property {Uint8Array|null} [sha256hash] CbChildProcessMsg sha256hash
             */

            /**
             * Constructs a new CbChildProcessMsg.
             * @memberof cbbridge.sensor
             * @classdesc Represents a CbChildProcessMsg.
             * @implements ICbChildProcessMsg
             * @constructor
             * @param {cbbridge.sensor.ICbChildProcessMsg=} [properties] Properties to set
             */
            function CbChildProcessMsg(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * CbChildProcessMsg created.
             * @member {boolean} created
             * @memberof cbbridge.sensor.CbChildProcessMsg
             * @instance
             */
            CbChildProcessMsg.prototype.created = false;

            /**
             * CbChildProcessMsg parent_guid.
             * @member {Long} parent_guid
             * @memberof cbbridge.sensor.CbChildProcessMsg
             * @instance
             */
            CbChildProcessMsg.prototype.parent_guid = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * CbChildProcessMsg md5hash.
             * @member {Uint8Array} md5hash
             * @memberof cbbridge.sensor.CbChildProcessMsg
             * @instance
             */
            CbChildProcessMsg.prototype.md5hash = $util.newBuffer([]);

            /**
             * CbChildProcessMsg child_guid.
             * @member {Long} child_guid
             * @memberof cbbridge.sensor.CbChildProcessMsg
             * @instance
             */
            CbChildProcessMsg.prototype.child_guid = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * CbChildProcessMsg path.
             * @member {string} path
             * @memberof cbbridge.sensor.CbChildProcessMsg
             * @instance
             */
            CbChildProcessMsg.prototype.path = "";

            /**
             * CbChildProcessMsg pid.
             * @member {Long} pid
             * @memberof cbbridge.sensor.CbChildProcessMsg
             * @instance
             */
            CbChildProcessMsg.prototype.pid = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * CbChildProcessMsg create_time.
             * @member {Long} create_time
             * @memberof cbbridge.sensor.CbChildProcessMsg
             * @instance
             */
            CbChildProcessMsg.prototype.create_time = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * CbChildProcessMsg tamper.
             * @member {boolean} tamper
             * @memberof cbbridge.sensor.CbChildProcessMsg
             * @instance
             */
            CbChildProcessMsg.prototype.tamper = false;

            /**
             * CbChildProcessMsg suppressed.
             * @member {cbbridge.sensor.ICbSuppressedInfo|null|undefined} suppressed
             * @memberof cbbridge.sensor.CbChildProcessMsg
             * @instance
             */
            CbChildProcessMsg.prototype.suppressed = null;

            /**
             * CbChildProcessMsg commandline.
             * @member {Uint8Array} commandline
             * @memberof cbbridge.sensor.CbChildProcessMsg
             * @instance
             */
            CbChildProcessMsg.prototype.commandline = $util.newBuffer([]);

            /**
             * CbChildProcessMsg username.
             * @member {string} username
             * @memberof cbbridge.sensor.CbChildProcessMsg
             * @instance
             */
            CbChildProcessMsg.prototype.username = "";

            /**
             * CbChildProcessMsg childProcType.
             * @member {cbbridge.sensor.CbChildProcessMsg.CbChildProcType} childProcType
             * @memberof cbbridge.sensor.CbChildProcessMsg
             * @instance
             */
            CbChildProcessMsg.prototype.childProcType = 0;

            /**
             * CbChildProcessMsg tamper_sent.
             * @member {boolean} tamper_sent
             * @memberof cbbridge.sensor.CbChildProcessMsg
             * @instance
             */
            CbChildProcessMsg.prototype.tamper_sent = false;

            /**
             * CbChildProcessMsg sha256hash.
             * @member {Uint8Array} sha256hash
             * @memberof cbbridge.sensor.CbChildProcessMsg
             * @instance
             */
            CbChildProcessMsg.prototype.sha256hash = $util.newBuffer([]);

            /**
             * Creates a new CbChildProcessMsg instance using the specified properties.
             * @function create
             * @memberof cbbridge.sensor.CbChildProcessMsg
             * @static
             * @param {cbbridge.sensor.ICbChildProcessMsg=} [properties] Properties to set
             * @returns {cbbridge.sensor.CbChildProcessMsg} CbChildProcessMsg instance
             */
            CbChildProcessMsg.create = function create(properties) {
                return new CbChildProcessMsg(properties);
            };

            /**
             * Encodes the specified CbChildProcessMsg message. Does not implicitly {@link cbbridge.sensor.CbChildProcessMsg.verify|verify} messages.
             * @function encode
             * @memberof cbbridge.sensor.CbChildProcessMsg
             * @static
             * @param {cbbridge.sensor.ICbChildProcessMsg} message CbChildProcessMsg message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CbChildProcessMsg.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.created != null && Object.hasOwnProperty.call(message, "created"))
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.created);
                if (message.parent_guid != null && Object.hasOwnProperty.call(message, "parent_guid"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.parent_guid);
                if (message.md5hash != null && Object.hasOwnProperty.call(message, "md5hash"))
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.md5hash);
                if (message.child_guid != null && Object.hasOwnProperty.call(message, "child_guid"))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.child_guid);
                if (message.path != null && Object.hasOwnProperty.call(message, "path"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.path);
                if (message.pid != null && Object.hasOwnProperty.call(message, "pid"))
                    writer.uint32(/* id 6, wireType 0 =*/48).int64(message.pid);
                if (message.create_time != null && Object.hasOwnProperty.call(message, "create_time"))
                    writer.uint32(/* id 7, wireType 0 =*/56).int64(message.create_time);
                if (message.tamper != null && Object.hasOwnProperty.call(message, "tamper"))
                    writer.uint32(/* id 8, wireType 0 =*/64).bool(message.tamper);
                if (message.suppressed != null && Object.hasOwnProperty.call(message, "suppressed"))
                    $root.cbbridge.sensor.CbSuppressedInfo.encode(message.suppressed, writer.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                if (message.commandline != null && Object.hasOwnProperty.call(message, "commandline"))
                    writer.uint32(/* id 10, wireType 2 =*/82).bytes(message.commandline);
                if (message.username != null && Object.hasOwnProperty.call(message, "username"))
                    writer.uint32(/* id 11, wireType 2 =*/90).string(message.username);
                if (message.childProcType != null && Object.hasOwnProperty.call(message, "childProcType"))
                    writer.uint32(/* id 12, wireType 0 =*/96).int32(message.childProcType);
                if (message.tamper_sent != null && Object.hasOwnProperty.call(message, "tamper_sent"))
                    writer.uint32(/* id 13, wireType 0 =*/104).bool(message.tamper_sent);
                if (message.sha256hash != null && Object.hasOwnProperty.call(message, "sha256hash"))
                    writer.uint32(/* id 14, wireType 2 =*/114).bytes(message.sha256hash);
                return writer;
            };

            /**
             * Decodes a CbChildProcessMsg message from the specified reader or buffer.
             * @function decode
             * @memberof cbbridge.sensor.CbChildProcessMsg
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cbbridge.sensor.CbChildProcessMsg} CbChildProcessMsg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CbChildProcessMsg.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.cbbridge.sensor.CbChildProcessMsg();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.created = reader.bool();
                            break;
                        }
                    case 2: {
                            message.parent_guid = reader.int64();
                            break;
                        }
                    case 3: {
                            message.md5hash = reader.bytes();
                            break;
                        }
                    case 4: {
                            message.child_guid = reader.int64();
                            break;
                        }
                    case 5: {
                            message.path = reader.string();
                            break;
                        }
                    case 6: {
                            message.pid = reader.int64();
                            break;
                        }
                    case 7: {
                            message.create_time = reader.int64();
                            break;
                        }
                    case 8: {
                            message.tamper = reader.bool();
                            break;
                        }
                    case 9: {
                            message.suppressed = $root.cbbridge.sensor.CbSuppressedInfo.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 10: {
                            message.commandline = reader.bytes();
                            break;
                        }
                    case 11: {
                            message.username = reader.string();
                            break;
                        }
                    case 12: {
                            message.childProcType = reader.int32();
                            break;
                        }
                    case 13: {
                            message.tamper_sent = reader.bool();
                            break;
                        }
                    case 14: {
                            message.sha256hash = reader.bytes();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * CbChildProcType enum.
             * @name cbbridge.sensor.CbChildProcessMsg.CbChildProcType
             * @enum {number}
             * @property {number} childProcExec=0 childProcExec value
             * @property {number} childProcFork=1 childProcFork value
             * @property {number} childProcOtherExec=2 childProcOtherExec value
             */
            CbChildProcessMsg.CbChildProcType = (function() {
                var valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "childProcExec"] = 0;
                values[valuesById[1] = "childProcFork"] = 1;
                values[valuesById[2] = "childProcOtherExec"] = 2;
                return values;
            })();

            return CbChildProcessMsg;
        })();

        sensor.CbModuleLoadMsg = (function() {

            /**
             * Properties of a CbModuleLoadMsg.
             * @memberof cbbridge.sensor
             * @interface ICbModuleLoadMsg
             * @property {Long|null} [guid] CbModuleLoadMsg guid
             * @property {Long|null} [handlepath_string_guid] CbModuleLoadMsg handlepath_string_guid
             * @property {Uint8Array|null} [md5hash] CbModuleLoadMsg md5hash
             * @property {number|null} [scanid] CbModuleLoadMsg scanid
             * @property {boolean|null} [is_process_base_module] CbModuleLoadMsg is_process_base_module
             * @property {Long|null} [image_base] CbModuleLoadMsg image_base
             * @property {number|null} [image_size] CbModuleLoadMsg image_size
             * @property {Uint8Array|null} [sha256hash] CbModuleLoadMsg sha256hash
             */

            /**
             * Constructs a new CbModuleLoadMsg.
             * @memberof cbbridge.sensor
             * @classdesc Represents a CbModuleLoadMsg.
             * @implements ICbModuleLoadMsg
             * @constructor
             * @param {cbbridge.sensor.ICbModuleLoadMsg=} [properties] Properties to set
             */
            function CbModuleLoadMsg(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * CbModuleLoadMsg guid.
             * @member {Long} guid
             * @memberof cbbridge.sensor.CbModuleLoadMsg
             * @instance
             */
            CbModuleLoadMsg.prototype.guid = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * CbModuleLoadMsg handlepath_string_guid.
             * @member {Long} handlepath_string_guid
             * @memberof cbbridge.sensor.CbModuleLoadMsg
             * @instance
             */
            CbModuleLoadMsg.prototype.handlepath_string_guid = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * CbModuleLoadMsg md5hash.
             * @member {Uint8Array} md5hash
             * @memberof cbbridge.sensor.CbModuleLoadMsg
             * @instance
             */
            CbModuleLoadMsg.prototype.md5hash = $util.newBuffer([]);

            /**
             * CbModuleLoadMsg scanid.
             * @member {number} scanid
             * @memberof cbbridge.sensor.CbModuleLoadMsg
             * @instance
             */
            CbModuleLoadMsg.prototype.scanid = 0;

            /**
             * CbModuleLoadMsg is_process_base_module.
             * @member {boolean} is_process_base_module
             * @memberof cbbridge.sensor.CbModuleLoadMsg
             * @instance
             */
            CbModuleLoadMsg.prototype.is_process_base_module = false;

            /**
             * CbModuleLoadMsg image_base.
             * @member {Long} image_base
             * @memberof cbbridge.sensor.CbModuleLoadMsg
             * @instance
             */
            CbModuleLoadMsg.prototype.image_base = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * CbModuleLoadMsg image_size.
             * @member {number} image_size
             * @memberof cbbridge.sensor.CbModuleLoadMsg
             * @instance
             */
            CbModuleLoadMsg.prototype.image_size = 0;

            /**
             * CbModuleLoadMsg sha256hash.
             * @member {Uint8Array} sha256hash
             * @memberof cbbridge.sensor.CbModuleLoadMsg
             * @instance
             */
            CbModuleLoadMsg.prototype.sha256hash = $util.newBuffer([]);

            /**
             * Creates a new CbModuleLoadMsg instance using the specified properties.
             * @function create
             * @memberof cbbridge.sensor.CbModuleLoadMsg
             * @static
             * @param {cbbridge.sensor.ICbModuleLoadMsg=} [properties] Properties to set
             * @returns {cbbridge.sensor.CbModuleLoadMsg} CbModuleLoadMsg instance
             */
            CbModuleLoadMsg.create = function create(properties) {
                return new CbModuleLoadMsg(properties);
            };

            /**
             * Encodes the specified CbModuleLoadMsg message. Does not implicitly {@link cbbridge.sensor.CbModuleLoadMsg.verify|verify} messages.
             * @function encode
             * @memberof cbbridge.sensor.CbModuleLoadMsg
             * @static
             * @param {cbbridge.sensor.ICbModuleLoadMsg} message CbModuleLoadMsg message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CbModuleLoadMsg.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.guid != null && Object.hasOwnProperty.call(message, "guid"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.guid);
                if (message.handlepath_string_guid != null && Object.hasOwnProperty.call(message, "handlepath_string_guid"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.handlepath_string_guid);
                if (message.md5hash != null && Object.hasOwnProperty.call(message, "md5hash"))
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.md5hash);
                if (message.scanid != null && Object.hasOwnProperty.call(message, "scanid"))
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.scanid);
                if (message.is_process_base_module != null && Object.hasOwnProperty.call(message, "is_process_base_module"))
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.is_process_base_module);
                if (message.image_base != null && Object.hasOwnProperty.call(message, "image_base"))
                    writer.uint32(/* id 6, wireType 0 =*/48).int64(message.image_base);
                if (message.image_size != null && Object.hasOwnProperty.call(message, "image_size"))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.image_size);
                if (message.sha256hash != null && Object.hasOwnProperty.call(message, "sha256hash"))
                    writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.sha256hash);
                return writer;
            };

            /**
             * Decodes a CbModuleLoadMsg message from the specified reader or buffer.
             * @function decode
             * @memberof cbbridge.sensor.CbModuleLoadMsg
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cbbridge.sensor.CbModuleLoadMsg} CbModuleLoadMsg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CbModuleLoadMsg.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.cbbridge.sensor.CbModuleLoadMsg();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.guid = reader.int64();
                            break;
                        }
                    case 2: {
                            message.handlepath_string_guid = reader.int64();
                            break;
                        }
                    case 3: {
                            message.md5hash = reader.bytes();
                            break;
                        }
                    case 4: {
                            message.scanid = reader.int32();
                            break;
                        }
                    case 5: {
                            message.is_process_base_module = reader.bool();
                            break;
                        }
                    case 6: {
                            message.image_base = reader.int64();
                            break;
                        }
                    case 7: {
                            message.image_size = reader.uint32();
                            break;
                        }
                    case 8: {
                            message.sha256hash = reader.bytes();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            return CbModuleLoadMsg;
        })();

        sensor.CbFileModMsg = (function() {

            /**
             * Properties of a CbFileModMsg.
             * @memberof cbbridge.sensor
             * @interface ICbFileModMsg
             * @property {Long|null} [guid] CbFileModMsg guid
             * @property {cbbridge.sensor.CbFileModMsg.CbFileModAction|null} [action] CbFileModMsg action
             * @property {boolean|null} [have_seen_before] CbFileModMsg have_seen_before
             * @property {Uint8Array|null} [md5hash] CbFileModMsg md5hash
             * @property {cbbridge.sensor.CbFileModMsg.CbFileType|null} [type] CbFileModMsg type
             * @property {boolean|null} [tamper] CbFileModMsg tamper
             * @property {boolean|null} [tamper_sent] CbFileModMsg tamper_sent
             * @property {Uint8Array|null} [sha256hash] CbFileModMsg sha256hash
             */

            /**
             * Constructs a new CbFileModMsg.
             * @memberof cbbridge.sensor
             * @classdesc Represents a CbFileModMsg.
             * @implements ICbFileModMsg
             * @constructor
             * @param {cbbridge.sensor.ICbFileModMsg=} [properties] Properties to set
             */
            function CbFileModMsg(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * CbFileModMsg guid.
             * @member {Long} guid
             * @memberof cbbridge.sensor.CbFileModMsg
             * @instance
             */
            CbFileModMsg.prototype.guid = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * CbFileModMsg action.
             * @member {cbbridge.sensor.CbFileModMsg.CbFileModAction} action
             * @memberof cbbridge.sensor.CbFileModMsg
             * @instance
             */
            CbFileModMsg.prototype.action = 1;

            /**
             * CbFileModMsg have_seen_before.
             * @member {boolean} have_seen_before
             * @memberof cbbridge.sensor.CbFileModMsg
             * @instance
             */
            CbFileModMsg.prototype.have_seen_before = false;

            /**
             * CbFileModMsg md5hash.
             * @member {Uint8Array} md5hash
             * @memberof cbbridge.sensor.CbFileModMsg
             * @instance
             */
            CbFileModMsg.prototype.md5hash = $util.newBuffer([]);

            /**
             * CbFileModMsg type.
             * @member {cbbridge.sensor.CbFileModMsg.CbFileType} type
             * @memberof cbbridge.sensor.CbFileModMsg
             * @instance
             */
            CbFileModMsg.prototype.type = 0;

            /**
             * CbFileModMsg tamper.
             * @member {boolean} tamper
             * @memberof cbbridge.sensor.CbFileModMsg
             * @instance
             */
            CbFileModMsg.prototype.tamper = false;

            /**
             * CbFileModMsg tamper_sent.
             * @member {boolean} tamper_sent
             * @memberof cbbridge.sensor.CbFileModMsg
             * @instance
             */
            CbFileModMsg.prototype.tamper_sent = false;

            /**
             * CbFileModMsg sha256hash.
             * @member {Uint8Array} sha256hash
             * @memberof cbbridge.sensor.CbFileModMsg
             * @instance
             */
            CbFileModMsg.prototype.sha256hash = $util.newBuffer([]);

            /**
             * Creates a new CbFileModMsg instance using the specified properties.
             * @function create
             * @memberof cbbridge.sensor.CbFileModMsg
             * @static
             * @param {cbbridge.sensor.ICbFileModMsg=} [properties] Properties to set
             * @returns {cbbridge.sensor.CbFileModMsg} CbFileModMsg instance
             */
            CbFileModMsg.create = function create(properties) {
                return new CbFileModMsg(properties);
            };

            /**
             * Encodes the specified CbFileModMsg message. Does not implicitly {@link cbbridge.sensor.CbFileModMsg.verify|verify} messages.
             * @function encode
             * @memberof cbbridge.sensor.CbFileModMsg
             * @static
             * @param {cbbridge.sensor.ICbFileModMsg} message CbFileModMsg message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CbFileModMsg.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.guid != null && Object.hasOwnProperty.call(message, "guid"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.guid);
                if (message.action != null && Object.hasOwnProperty.call(message, "action"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.action);
                if (message.have_seen_before != null && Object.hasOwnProperty.call(message, "have_seen_before"))
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.have_seen_before);
                if (message.md5hash != null && Object.hasOwnProperty.call(message, "md5hash"))
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.md5hash);
                if (message.type != null && Object.hasOwnProperty.call(message, "type"))
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.type);
                if (message.tamper != null && Object.hasOwnProperty.call(message, "tamper"))
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.tamper);
                if (message.tamper_sent != null && Object.hasOwnProperty.call(message, "tamper_sent"))
                    writer.uint32(/* id 7, wireType 0 =*/56).bool(message.tamper_sent);
                if (message.sha256hash != null && Object.hasOwnProperty.call(message, "sha256hash"))
                    writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.sha256hash);
                return writer;
            };

            /**
             * Decodes a CbFileModMsg message from the specified reader or buffer.
             * @function decode
             * @memberof cbbridge.sensor.CbFileModMsg
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cbbridge.sensor.CbFileModMsg} CbFileModMsg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CbFileModMsg.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.cbbridge.sensor.CbFileModMsg();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.guid = reader.int64();
                            break;
                        }
                    case 2: {
                            message.action = reader.int32();
                            break;
                        }
                    case 3: {
                            message.have_seen_before = reader.bool();
                            break;
                        }
                    case 4: {
                            message.md5hash = reader.bytes();
                            break;
                        }
                    case 5: {
                            message.type = reader.int32();
                            break;
                        }
                    case 6: {
                            message.tamper = reader.bool();
                            break;
                        }
                    case 7: {
                            message.tamper_sent = reader.bool();
                            break;
                        }
                    case 8: {
                            message.sha256hash = reader.bytes();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * CbFileModAction enum.
             * @name cbbridge.sensor.CbFileModMsg.CbFileModAction
             * @enum {number}
             * @property {number} actionFileModCreate=1 actionFileModCreate value
             * @property {number} actionFileModWrite=2 actionFileModWrite value
             * @property {number} actionFileModDelete=4 actionFileModDelete value
             * @property {number} actionFileModLastWrite=8 actionFileModLastWrite value
             * @property {number} actionFileModOpen=16 actionFileModOpen value
             */
            CbFileModMsg.CbFileModAction = (function() {
                var valuesById = {}, values = Object.create(valuesById);
                values[valuesById[1] = "actionFileModCreate"] = 1;
                values[valuesById[2] = "actionFileModWrite"] = 2;
                values[valuesById[4] = "actionFileModDelete"] = 4;
                values[valuesById[8] = "actionFileModLastWrite"] = 8;
                values[valuesById[16] = "actionFileModOpen"] = 16;
                return values;
            })();

            /**
             * CbFileType enum.
             * @name cbbridge.sensor.CbFileModMsg.CbFileType
             * @enum {number}
             * @property {number} filetypeUnknown=0 filetypeUnknown value
             * @property {number} filetypePe=1 filetypePe value
             * @property {number} filetypeElf=2 filetypeElf value
             * @property {number} filetypeUniversalBin=3 filetypeUniversalBin value
             * @property {number} filetypeEicar=8 filetypeEicar value
             * @property {number} filetypeOfficeLegacy=16 filetypeOfficeLegacy value
             * @property {number} filetypeOfficeOpenXml=17 filetypeOfficeOpenXml value
             * @property {number} filetypePdf=48 filetypePdf value
             * @property {number} filetypeArchivePkzip=64 filetypeArchivePkzip value
             * @property {number} filetypeArchiveLzh=65 filetypeArchiveLzh value
             * @property {number} filetypeArchiveLzw=66 filetypeArchiveLzw value
             * @property {number} filetypeArchiveRar=67 filetypeArchiveRar value
             * @property {number} filetypeArchiveTar=68 filetypeArchiveTar value
             * @property {number} filetypeArchive7zip=69 filetypeArchive7zip value
             * @property {number} filetypeMsLnk=96 filetypeMsLnk value
             * @property {number} filetypeFlashFlv=112 filetypeFlashFlv value
             * @property {number} filetypeFlashSwf=113 filetypeFlashSwf value
             */
            CbFileModMsg.CbFileType = (function() {
                var valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "filetypeUnknown"] = 0;
                values[valuesById[1] = "filetypePe"] = 1;
                values[valuesById[2] = "filetypeElf"] = 2;
                values[valuesById[3] = "filetypeUniversalBin"] = 3;
                values[valuesById[8] = "filetypeEicar"] = 8;
                values[valuesById[16] = "filetypeOfficeLegacy"] = 16;
                values[valuesById[17] = "filetypeOfficeOpenXml"] = 17;
                values[valuesById[48] = "filetypePdf"] = 48;
                values[valuesById[64] = "filetypeArchivePkzip"] = 64;
                values[valuesById[65] = "filetypeArchiveLzh"] = 65;
                values[valuesById[66] = "filetypeArchiveLzw"] = 66;
                values[valuesById[67] = "filetypeArchiveRar"] = 67;
                values[valuesById[68] = "filetypeArchiveTar"] = 68;
                values[valuesById[69] = "filetypeArchive7zip"] = 69;
                values[valuesById[96] = "filetypeMsLnk"] = 96;
                values[valuesById[112] = "filetypeFlashFlv"] = 112;
                values[valuesById[113] = "filetypeFlashSwf"] = 113;
                return values;
            })();

            return CbFileModMsg;
        })();

        sensor.CbRegModMsg = (function() {

            /**
             * Properties of a CbRegModMsg.
             * @memberof cbbridge.sensor
             * @interface ICbRegModMsg
             * @property {Long|null} [guid] CbRegModMsg guid
             * @property {cbbridge.sensor.CbRegModMsg.CbRegModAction|null} [action] CbRegModMsg action
             * @property {boolean|null} [have_seen_before] CbRegModMsg have_seen_before
             * @property {Uint8Array|null} [utf8_regpath] CbRegModMsg utf8_regpath
             * @property {boolean|null} [tamper] CbRegModMsg tamper
             * @property {boolean|null} [tamper_sent] CbRegModMsg tamper_sent
             */

            /**
             * Constructs a new CbRegModMsg.
             * @memberof cbbridge.sensor
             * @classdesc Represents a CbRegModMsg.
             * @implements ICbRegModMsg
             * @constructor
             * @param {cbbridge.sensor.ICbRegModMsg=} [properties] Properties to set
             */
            function CbRegModMsg(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * CbRegModMsg guid.
             * @member {Long} guid
             * @memberof cbbridge.sensor.CbRegModMsg
             * @instance
             */
            CbRegModMsg.prototype.guid = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * CbRegModMsg action.
             * @member {cbbridge.sensor.CbRegModMsg.CbRegModAction} action
             * @memberof cbbridge.sensor.CbRegModMsg
             * @instance
             */
            CbRegModMsg.prototype.action = 1;

            /**
             * CbRegModMsg have_seen_before.
             * @member {boolean} have_seen_before
             * @memberof cbbridge.sensor.CbRegModMsg
             * @instance
             */
            CbRegModMsg.prototype.have_seen_before = false;

            /**
             * CbRegModMsg utf8_regpath.
             * @member {Uint8Array} utf8_regpath
             * @memberof cbbridge.sensor.CbRegModMsg
             * @instance
             */
            CbRegModMsg.prototype.utf8_regpath = $util.newBuffer([]);

            /**
             * CbRegModMsg tamper.
             * @member {boolean} tamper
             * @memberof cbbridge.sensor.CbRegModMsg
             * @instance
             */
            CbRegModMsg.prototype.tamper = false;

            /**
             * CbRegModMsg tamper_sent.
             * @member {boolean} tamper_sent
             * @memberof cbbridge.sensor.CbRegModMsg
             * @instance
             */
            CbRegModMsg.prototype.tamper_sent = false;

            /**
             * Creates a new CbRegModMsg instance using the specified properties.
             * @function create
             * @memberof cbbridge.sensor.CbRegModMsg
             * @static
             * @param {cbbridge.sensor.ICbRegModMsg=} [properties] Properties to set
             * @returns {cbbridge.sensor.CbRegModMsg} CbRegModMsg instance
             */
            CbRegModMsg.create = function create(properties) {
                return new CbRegModMsg(properties);
            };

            /**
             * Encodes the specified CbRegModMsg message. Does not implicitly {@link cbbridge.sensor.CbRegModMsg.verify|verify} messages.
             * @function encode
             * @memberof cbbridge.sensor.CbRegModMsg
             * @static
             * @param {cbbridge.sensor.ICbRegModMsg} message CbRegModMsg message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CbRegModMsg.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.guid != null && Object.hasOwnProperty.call(message, "guid"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.guid);
                if (message.action != null && Object.hasOwnProperty.call(message, "action"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.action);
                if (message.have_seen_before != null && Object.hasOwnProperty.call(message, "have_seen_before"))
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.have_seen_before);
                if (message.utf8_regpath != null && Object.hasOwnProperty.call(message, "utf8_regpath"))
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.utf8_regpath);
                if (message.tamper != null && Object.hasOwnProperty.call(message, "tamper"))
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.tamper);
                if (message.tamper_sent != null && Object.hasOwnProperty.call(message, "tamper_sent"))
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.tamper_sent);
                return writer;
            };

            /**
             * Decodes a CbRegModMsg message from the specified reader or buffer.
             * @function decode
             * @memberof cbbridge.sensor.CbRegModMsg
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cbbridge.sensor.CbRegModMsg} CbRegModMsg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CbRegModMsg.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.cbbridge.sensor.CbRegModMsg();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.guid = reader.int64();
                            break;
                        }
                    case 2: {
                            message.action = reader.int32();
                            break;
                        }
                    case 3: {
                            message.have_seen_before = reader.bool();
                            break;
                        }
                    case 4: {
                            message.utf8_regpath = reader.bytes();
                            break;
                        }
                    case 5: {
                            message.tamper = reader.bool();
                            break;
                        }
                    case 6: {
                            message.tamper_sent = reader.bool();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * CbRegModAction enum.
             * @name cbbridge.sensor.CbRegModMsg.CbRegModAction
             * @enum {number}
             * @property {number} actionRegModCreateKey=1 actionRegModCreateKey value
             * @property {number} actionRegModWriteValue=2 actionRegModWriteValue value
             * @property {number} actionRegModDeleteKey=4 actionRegModDeleteKey value
             * @property {number} actionRegModDeleteValue=8 actionRegModDeleteValue value
             */
            CbRegModMsg.CbRegModAction = (function() {
                var valuesById = {}, values = Object.create(valuesById);
                values[valuesById[1] = "actionRegModCreateKey"] = 1;
                values[valuesById[2] = "actionRegModWriteValue"] = 2;
                values[valuesById[4] = "actionRegModDeleteKey"] = 4;
                values[valuesById[8] = "actionRegModDeleteValue"] = 8;
                return values;
            })();

            return CbRegModMsg;
        })();

        sensor.CbNetConnMsg = (function() {

            /**
             * Properties of a CbNetConnMsg.
             * @memberof cbbridge.sensor
             * @interface ICbNetConnMsg
             * @property {Long|null} [guid] CbNetConnMsg guid
             * @property {number|null} [ipv4Address] CbNetConnMsg ipv4Address
             * @property {Long|null} [ipv6LoPart] CbNetConnMsg ipv6LoPart
             * @property {Long|null} [ipv6HiPart] CbNetConnMsg ipv6HiPart
             * @property {number|null} [port] CbNetConnMsg port
             * @property {cbbridge.sensor.CbNetConnMsg.ProtocolType|null} [protocol] CbNetConnMsg protocol
             * @property {Uint8Array|null} [utf8_netpath] CbNetConnMsg utf8_netpath
             * @property {boolean|null} [outbound] CbNetConnMsg outbound
             * @property {boolean|null} [proxyConnection] CbNetConnMsg proxyConnection
             * @property {number|null} [proxyIpv4Address] CbNetConnMsg proxyIpv4Address
             * @property {number|null} [proxyPort] CbNetConnMsg proxyPort
             * @property {string|null} [proxyNetPath] CbNetConnMsg proxyNetPath
             * @property {number|null} [remoteIpAddress] CbNetConnMsg remoteIpAddress
             * @property {number|null} [remotePort] CbNetConnMsg remotePort
             * @property {number|null} [localIpAddress] CbNetConnMsg localIpAddress
             * @property {number|null} [localPort] CbNetConnMsg localPort
             */

            /**
             * Constructs a new CbNetConnMsg.
             * @memberof cbbridge.sensor
             * @classdesc Represents a CbNetConnMsg.
             * @implements ICbNetConnMsg
             * @constructor
             * @param {cbbridge.sensor.ICbNetConnMsg=} [properties] Properties to set
             */
            function CbNetConnMsg(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * CbNetConnMsg guid.
             * @member {Long} guid
             * @memberof cbbridge.sensor.CbNetConnMsg
             * @instance
             */
            CbNetConnMsg.prototype.guid = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * CbNetConnMsg ipv4Address.
             * @member {number} ipv4Address
             * @memberof cbbridge.sensor.CbNetConnMsg
             * @instance
             */
            CbNetConnMsg.prototype.ipv4Address = 0;

            /**
             * CbNetConnMsg ipv6LoPart.
             * @member {Long} ipv6LoPart
             * @memberof cbbridge.sensor.CbNetConnMsg
             * @instance
             */
            CbNetConnMsg.prototype.ipv6LoPart = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * CbNetConnMsg ipv6HiPart.
             * @member {Long} ipv6HiPart
             * @memberof cbbridge.sensor.CbNetConnMsg
             * @instance
             */
            CbNetConnMsg.prototype.ipv6HiPart = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * CbNetConnMsg port.
             * @member {number} port
             * @memberof cbbridge.sensor.CbNetConnMsg
             * @instance
             */
            CbNetConnMsg.prototype.port = 0;

            /**
             * CbNetConnMsg protocol.
             * @member {cbbridge.sensor.CbNetConnMsg.ProtocolType} protocol
             * @memberof cbbridge.sensor.CbNetConnMsg
             * @instance
             */
            CbNetConnMsg.prototype.protocol = 6;

            /**
             * CbNetConnMsg utf8_netpath.
             * @member {Uint8Array} utf8_netpath
             * @memberof cbbridge.sensor.CbNetConnMsg
             * @instance
             */
            CbNetConnMsg.prototype.utf8_netpath = $util.newBuffer([]);

            /**
             * CbNetConnMsg outbound.
             * @member {boolean} outbound
             * @memberof cbbridge.sensor.CbNetConnMsg
             * @instance
             */
            CbNetConnMsg.prototype.outbound = true;

            /**
             * CbNetConnMsg proxyConnection.
             * @member {boolean} proxyConnection
             * @memberof cbbridge.sensor.CbNetConnMsg
             * @instance
             */
            CbNetConnMsg.prototype.proxyConnection = false;

            /**
             * CbNetConnMsg proxyIpv4Address.
             * @member {number} proxyIpv4Address
             * @memberof cbbridge.sensor.CbNetConnMsg
             * @instance
             */
            CbNetConnMsg.prototype.proxyIpv4Address = 0;

            /**
             * CbNetConnMsg proxyPort.
             * @member {number} proxyPort
             * @memberof cbbridge.sensor.CbNetConnMsg
             * @instance
             */
            CbNetConnMsg.prototype.proxyPort = 0;

            /**
             * CbNetConnMsg proxyNetPath.
             * @member {string} proxyNetPath
             * @memberof cbbridge.sensor.CbNetConnMsg
             * @instance
             */
            CbNetConnMsg.prototype.proxyNetPath = "";

            /**
             * CbNetConnMsg remoteIpAddress.
             * @member {number} remoteIpAddress
             * @memberof cbbridge.sensor.CbNetConnMsg
             * @instance
             */
            CbNetConnMsg.prototype.remoteIpAddress = 0;

            /**
             * CbNetConnMsg remotePort.
             * @member {number} remotePort
             * @memberof cbbridge.sensor.CbNetConnMsg
             * @instance
             */
            CbNetConnMsg.prototype.remotePort = 0;

            /**
             * CbNetConnMsg localIpAddress.
             * @member {number} localIpAddress
             * @memberof cbbridge.sensor.CbNetConnMsg
             * @instance
             */
            CbNetConnMsg.prototype.localIpAddress = 0;

            /**
             * CbNetConnMsg localPort.
             * @member {number} localPort
             * @memberof cbbridge.sensor.CbNetConnMsg
             * @instance
             */
            CbNetConnMsg.prototype.localPort = 0;

            /**
             * Creates a new CbNetConnMsg instance using the specified properties.
             * @function create
             * @memberof cbbridge.sensor.CbNetConnMsg
             * @static
             * @param {cbbridge.sensor.ICbNetConnMsg=} [properties] Properties to set
             * @returns {cbbridge.sensor.CbNetConnMsg} CbNetConnMsg instance
             */
            CbNetConnMsg.create = function create(properties) {
                return new CbNetConnMsg(properties);
            };

            /**
             * Encodes the specified CbNetConnMsg message. Does not implicitly {@link cbbridge.sensor.CbNetConnMsg.verify|verify} messages.
             * @function encode
             * @memberof cbbridge.sensor.CbNetConnMsg
             * @static
             * @param {cbbridge.sensor.ICbNetConnMsg} message CbNetConnMsg message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CbNetConnMsg.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.guid != null && Object.hasOwnProperty.call(message, "guid"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.guid);
                if (message.ipv4Address != null && Object.hasOwnProperty.call(message, "ipv4Address"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.ipv4Address);
                if (message.ipv6LoPart != null && Object.hasOwnProperty.call(message, "ipv6LoPart"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.ipv6LoPart);
                if (message.ipv6HiPart != null && Object.hasOwnProperty.call(message, "ipv6HiPart"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.ipv6HiPart);
                if (message.port != null && Object.hasOwnProperty.call(message, "port"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.port);
                if (message.protocol != null && Object.hasOwnProperty.call(message, "protocol"))
                    writer.uint32(/* id 6, wireType 0 =*/48).int32(message.protocol);
                if (message.utf8_netpath != null && Object.hasOwnProperty.call(message, "utf8_netpath"))
                    writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.utf8_netpath);
                if (message.outbound != null && Object.hasOwnProperty.call(message, "outbound"))
                    writer.uint32(/* id 8, wireType 0 =*/64).bool(message.outbound);
                if (message.proxyConnection != null && Object.hasOwnProperty.call(message, "proxyConnection"))
                    writer.uint32(/* id 9, wireType 0 =*/72).bool(message.proxyConnection);
                if (message.proxyIpv4Address != null && Object.hasOwnProperty.call(message, "proxyIpv4Address"))
                    writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.proxyIpv4Address);
                if (message.proxyPort != null && Object.hasOwnProperty.call(message, "proxyPort"))
                    writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.proxyPort);
                if (message.proxyNetPath != null && Object.hasOwnProperty.call(message, "proxyNetPath"))
                    writer.uint32(/* id 12, wireType 2 =*/98).string(message.proxyNetPath);
                if (message.remoteIpAddress != null && Object.hasOwnProperty.call(message, "remoteIpAddress"))
                    writer.uint32(/* id 13, wireType 0 =*/104).uint32(message.remoteIpAddress);
                if (message.remotePort != null && Object.hasOwnProperty.call(message, "remotePort"))
                    writer.uint32(/* id 14, wireType 0 =*/112).uint32(message.remotePort);
                if (message.localIpAddress != null && Object.hasOwnProperty.call(message, "localIpAddress"))
                    writer.uint32(/* id 15, wireType 0 =*/120).uint32(message.localIpAddress);
                if (message.localPort != null && Object.hasOwnProperty.call(message, "localPort"))
                    writer.uint32(/* id 16, wireType 0 =*/128).uint32(message.localPort);
                return writer;
            };

            /**
             * Decodes a CbNetConnMsg message from the specified reader or buffer.
             * @function decode
             * @memberof cbbridge.sensor.CbNetConnMsg
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cbbridge.sensor.CbNetConnMsg} CbNetConnMsg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CbNetConnMsg.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.cbbridge.sensor.CbNetConnMsg();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.guid = reader.int64();
                            break;
                        }
                    case 2: {
                            message.ipv4Address = reader.uint32();
                            break;
                        }
                    case 3: {
                            message.ipv6LoPart = reader.uint64();
                            break;
                        }
                    case 4: {
                            message.ipv6HiPart = reader.uint64();
                            break;
                        }
                    case 5: {
                            message.port = reader.uint32();
                            break;
                        }
                    case 6: {
                            message.protocol = reader.int32();
                            break;
                        }
                    case 7: {
                            message.utf8_netpath = reader.bytes();
                            break;
                        }
                    case 8: {
                            message.outbound = reader.bool();
                            break;
                        }
                    case 9: {
                            message.proxyConnection = reader.bool();
                            break;
                        }
                    case 10: {
                            message.proxyIpv4Address = reader.uint32();
                            break;
                        }
                    case 11: {
                            message.proxyPort = reader.uint32();
                            break;
                        }
                    case 12: {
                            message.proxyNetPath = reader.string();
                            break;
                        }
                    case 13: {
                            message.remoteIpAddress = reader.uint32();
                            break;
                        }
                    case 14: {
                            message.remotePort = reader.uint32();
                            break;
                        }
                    case 15: {
                            message.localIpAddress = reader.uint32();
                            break;
                        }
                    case 16: {
                            message.localPort = reader.uint32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * ProtocolType enum.
             * @name cbbridge.sensor.CbNetConnMsg.ProtocolType
             * @enum {number}
             * @property {number} ProtoTcp=6 ProtoTcp value
             * @property {number} ProtoUdp=17 ProtoUdp value
             */
            CbNetConnMsg.ProtocolType = (function() {
                var valuesById = {}, values = Object.create(valuesById);
                values[valuesById[6] = "ProtoTcp"] = 6;
                values[valuesById[17] = "ProtoUdp"] = 17;
                return values;
            })();

            return CbNetConnMsg;
        })();

        sensor.CbIpAddr = (function() {

            /**
             * Properties of a CbIpAddr.
             * @memberof cbbridge.sensor
             * @interface ICbIpAddr
             * @property {boolean|null} [bIsIpv6] CbIpAddr bIsIpv6
             * @property {number|null} [ipv4Address] CbIpAddr ipv4Address
             * @property {Long|null} [ipv6Low] CbIpAddr ipv6Low
             * @property {Long|null} [ipv6High] CbIpAddr ipv6High
             * @property {string|null} [ipv6Scope] CbIpAddr ipv6Scope
             */

            /**
             * Constructs a new CbIpAddr.
             * @memberof cbbridge.sensor
             * @classdesc Represents a CbIpAddr.
             * @implements ICbIpAddr
             * @constructor
             * @param {cbbridge.sensor.ICbIpAddr=} [properties] Properties to set
             */
            function CbIpAddr(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * CbIpAddr bIsIpv6.
             * @member {boolean} bIsIpv6
             * @memberof cbbridge.sensor.CbIpAddr
             * @instance
             */
            CbIpAddr.prototype.bIsIpv6 = false;

            /**
             * CbIpAddr ipv4Address.
             * @member {number} ipv4Address
             * @memberof cbbridge.sensor.CbIpAddr
             * @instance
             */
            CbIpAddr.prototype.ipv4Address = 0;

            /**
             * CbIpAddr ipv6Low.
             * @member {Long} ipv6Low
             * @memberof cbbridge.sensor.CbIpAddr
             * @instance
             */
            CbIpAddr.prototype.ipv6Low = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * CbIpAddr ipv6High.
             * @member {Long} ipv6High
             * @memberof cbbridge.sensor.CbIpAddr
             * @instance
             */
            CbIpAddr.prototype.ipv6High = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * CbIpAddr ipv6Scope.
             * @member {string} ipv6Scope
             * @memberof cbbridge.sensor.CbIpAddr
             * @instance
             */
            CbIpAddr.prototype.ipv6Scope = "";

            /**
             * Creates a new CbIpAddr instance using the specified properties.
             * @function create
             * @memberof cbbridge.sensor.CbIpAddr
             * @static
             * @param {cbbridge.sensor.ICbIpAddr=} [properties] Properties to set
             * @returns {cbbridge.sensor.CbIpAddr} CbIpAddr instance
             */
            CbIpAddr.create = function create(properties) {
                return new CbIpAddr(properties);
            };

            /**
             * Encodes the specified CbIpAddr message. Does not implicitly {@link cbbridge.sensor.CbIpAddr.verify|verify} messages.
             * @function encode
             * @memberof cbbridge.sensor.CbIpAddr
             * @static
             * @param {cbbridge.sensor.ICbIpAddr} message CbIpAddr message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CbIpAddr.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.bIsIpv6 != null && Object.hasOwnProperty.call(message, "bIsIpv6"))
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.bIsIpv6);
                if (message.ipv4Address != null && Object.hasOwnProperty.call(message, "ipv4Address"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.ipv4Address);
                if (message.ipv6Low != null && Object.hasOwnProperty.call(message, "ipv6Low"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.ipv6Low);
                if (message.ipv6High != null && Object.hasOwnProperty.call(message, "ipv6High"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.ipv6High);
                if (message.ipv6Scope != null && Object.hasOwnProperty.call(message, "ipv6Scope"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.ipv6Scope);
                return writer;
            };

            /**
             * Decodes a CbIpAddr message from the specified reader or buffer.
             * @function decode
             * @memberof cbbridge.sensor.CbIpAddr
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cbbridge.sensor.CbIpAddr} CbIpAddr
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CbIpAddr.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.cbbridge.sensor.CbIpAddr();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.bIsIpv6 = reader.bool();
                            break;
                        }
                    case 2: {
                            message.ipv4Address = reader.uint32();
                            break;
                        }
                    case 3: {
                            message.ipv6Low = reader.uint64();
                            break;
                        }
                    case 4: {
                            message.ipv6High = reader.uint64();
                            break;
                        }
                    case 5: {
                            message.ipv6Scope = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            return CbIpAddr;
        })();

        sensor.CbNetConnMsgv2 = (function() {

            /**
             * Properties of a CbNetConnMsgv2.
             * @memberof cbbridge.sensor
             * @interface ICbNetConnMsgv2
             * @property {cbbridge.sensor.CbNetConnMsgv2.ProtocolType|null} [protocol] CbNetConnMsgv2 protocol
             * @property {Uint8Array|null} [utf8_netpath] CbNetConnMsgv2 utf8_netpath
             * @property {boolean|null} [outbound] CbNetConnMsgv2 outbound
             * @property {boolean|null} [proxyConnection] CbNetConnMsgv2 proxyConnection
             * @property {cbbridge.sensor.ICbIpAddr|null} [proxyIpAddress] CbNetConnMsgv2 proxyIpAddress
             * @property {number|null} [proxyPort] CbNetConnMsgv2 proxyPort
             * @property {string|null} [proxyNetPath] CbNetConnMsgv2 proxyNetPath
             * @property {cbbridge.sensor.ICbIpAddr|null} [remoteIpAddress] CbNetConnMsgv2 remoteIpAddress
             * @property {number|null} [remotePort] CbNetConnMsgv2 remotePort
             * @property {cbbridge.sensor.ICbIpAddr|null} [localIpAddress] CbNetConnMsgv2 localIpAddress
             * @property {number|null} [localPort] CbNetConnMsgv2 localPort
             * @property {string|null} [ja3] CbNetConnMsgv2 ja3
             * @property {string|null} [ja3s] CbNetConnMsgv2 ja3s
             */

            /**
             * Constructs a new CbNetConnMsgv2.
             * @memberof cbbridge.sensor
             * @classdesc Represents a CbNetConnMsgv2.
             * @implements ICbNetConnMsgv2
             * @constructor
             * @param {cbbridge.sensor.ICbNetConnMsgv2=} [properties] Properties to set
             */
            function CbNetConnMsgv2(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * CbNetConnMsgv2 protocol.
             * @member {cbbridge.sensor.CbNetConnMsgv2.ProtocolType} protocol
             * @memberof cbbridge.sensor.CbNetConnMsgv2
             * @instance
             */
            CbNetConnMsgv2.prototype.protocol = 6;

            /**
             * CbNetConnMsgv2 utf8_netpath.
             * @member {Uint8Array} utf8_netpath
             * @memberof cbbridge.sensor.CbNetConnMsgv2
             * @instance
             */
            CbNetConnMsgv2.prototype.utf8_netpath = $util.newBuffer([]);

            /**
             * CbNetConnMsgv2 outbound.
             * @member {boolean} outbound
             * @memberof cbbridge.sensor.CbNetConnMsgv2
             * @instance
             */
            CbNetConnMsgv2.prototype.outbound = true;

            /**
             * CbNetConnMsgv2 proxyConnection.
             * @member {boolean} proxyConnection
             * @memberof cbbridge.sensor.CbNetConnMsgv2
             * @instance
             */
            CbNetConnMsgv2.prototype.proxyConnection = false;

            /**
             * CbNetConnMsgv2 proxyIpAddress.
             * @member {cbbridge.sensor.ICbIpAddr|null|undefined} proxyIpAddress
             * @memberof cbbridge.sensor.CbNetConnMsgv2
             * @instance
             */
            CbNetConnMsgv2.prototype.proxyIpAddress = null;

            /**
             * CbNetConnMsgv2 proxyPort.
             * @member {number} proxyPort
             * @memberof cbbridge.sensor.CbNetConnMsgv2
             * @instance
             */
            CbNetConnMsgv2.prototype.proxyPort = 0;

            /**
             * CbNetConnMsgv2 proxyNetPath.
             * @member {string} proxyNetPath
             * @memberof cbbridge.sensor.CbNetConnMsgv2
             * @instance
             */
            CbNetConnMsgv2.prototype.proxyNetPath = "";

            /**
             * CbNetConnMsgv2 remoteIpAddress.
             * @member {cbbridge.sensor.ICbIpAddr|null|undefined} remoteIpAddress
             * @memberof cbbridge.sensor.CbNetConnMsgv2
             * @instance
             */
            CbNetConnMsgv2.prototype.remoteIpAddress = null;

            /**
             * CbNetConnMsgv2 remotePort.
             * @member {number} remotePort
             * @memberof cbbridge.sensor.CbNetConnMsgv2
             * @instance
             */
            CbNetConnMsgv2.prototype.remotePort = 0;

            /**
             * CbNetConnMsgv2 localIpAddress.
             * @member {cbbridge.sensor.ICbIpAddr|null|undefined} localIpAddress
             * @memberof cbbridge.sensor.CbNetConnMsgv2
             * @instance
             */
            CbNetConnMsgv2.prototype.localIpAddress = null;

            /**
             * CbNetConnMsgv2 localPort.
             * @member {number} localPort
             * @memberof cbbridge.sensor.CbNetConnMsgv2
             * @instance
             */
            CbNetConnMsgv2.prototype.localPort = 0;

            /**
             * CbNetConnMsgv2 ja3.
             * @member {string} ja3
             * @memberof cbbridge.sensor.CbNetConnMsgv2
             * @instance
             */
            CbNetConnMsgv2.prototype.ja3 = "";

            /**
             * CbNetConnMsgv2 ja3s.
             * @member {string} ja3s
             * @memberof cbbridge.sensor.CbNetConnMsgv2
             * @instance
             */
            CbNetConnMsgv2.prototype.ja3s = "";

            /**
             * Creates a new CbNetConnMsgv2 instance using the specified properties.
             * @function create
             * @memberof cbbridge.sensor.CbNetConnMsgv2
             * @static
             * @param {cbbridge.sensor.ICbNetConnMsgv2=} [properties] Properties to set
             * @returns {cbbridge.sensor.CbNetConnMsgv2} CbNetConnMsgv2 instance
             */
            CbNetConnMsgv2.create = function create(properties) {
                return new CbNetConnMsgv2(properties);
            };

            /**
             * Encodes the specified CbNetConnMsgv2 message. Does not implicitly {@link cbbridge.sensor.CbNetConnMsgv2.verify|verify} messages.
             * @function encode
             * @memberof cbbridge.sensor.CbNetConnMsgv2
             * @static
             * @param {cbbridge.sensor.ICbNetConnMsgv2} message CbNetConnMsgv2 message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CbNetConnMsgv2.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.protocol != null && Object.hasOwnProperty.call(message, "protocol"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.protocol);
                if (message.utf8_netpath != null && Object.hasOwnProperty.call(message, "utf8_netpath"))
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.utf8_netpath);
                if (message.outbound != null && Object.hasOwnProperty.call(message, "outbound"))
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.outbound);
                if (message.proxyConnection != null && Object.hasOwnProperty.call(message, "proxyConnection"))
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.proxyConnection);
                if (message.proxyIpAddress != null && Object.hasOwnProperty.call(message, "proxyIpAddress"))
                    $root.cbbridge.sensor.CbIpAddr.encode(message.proxyIpAddress, writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (message.proxyPort != null && Object.hasOwnProperty.call(message, "proxyPort"))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.proxyPort);
                if (message.proxyNetPath != null && Object.hasOwnProperty.call(message, "proxyNetPath"))
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.proxyNetPath);
                if (message.remoteIpAddress != null && Object.hasOwnProperty.call(message, "remoteIpAddress"))
                    $root.cbbridge.sensor.CbIpAddr.encode(message.remoteIpAddress, writer.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                if (message.remotePort != null && Object.hasOwnProperty.call(message, "remotePort"))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.remotePort);
                if (message.localIpAddress != null && Object.hasOwnProperty.call(message, "localIpAddress"))
                    $root.cbbridge.sensor.CbIpAddr.encode(message.localIpAddress, writer.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                if (message.localPort != null && Object.hasOwnProperty.call(message, "localPort"))
                    writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.localPort);
                if (message.ja3 != null && Object.hasOwnProperty.call(message, "ja3"))
                    writer.uint32(/* id 12, wireType 2 =*/98).string(message.ja3);
                if (message.ja3s != null && Object.hasOwnProperty.call(message, "ja3s"))
                    writer.uint32(/* id 13, wireType 2 =*/106).string(message.ja3s);
                return writer;
            };

            /**
             * Decodes a CbNetConnMsgv2 message from the specified reader or buffer.
             * @function decode
             * @memberof cbbridge.sensor.CbNetConnMsgv2
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cbbridge.sensor.CbNetConnMsgv2} CbNetConnMsgv2
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CbNetConnMsgv2.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.cbbridge.sensor.CbNetConnMsgv2();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.protocol = reader.int32();
                            break;
                        }
                    case 2: {
                            message.utf8_netpath = reader.bytes();
                            break;
                        }
                    case 3: {
                            message.outbound = reader.bool();
                            break;
                        }
                    case 4: {
                            message.proxyConnection = reader.bool();
                            break;
                        }
                    case 5: {
                            message.proxyIpAddress = $root.cbbridge.sensor.CbIpAddr.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 6: {
                            message.proxyPort = reader.uint32();
                            break;
                        }
                    case 7: {
                            message.proxyNetPath = reader.string();
                            break;
                        }
                    case 8: {
                            message.remoteIpAddress = $root.cbbridge.sensor.CbIpAddr.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 9: {
                            message.remotePort = reader.uint32();
                            break;
                        }
                    case 10: {
                            message.localIpAddress = $root.cbbridge.sensor.CbIpAddr.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 11: {
                            message.localPort = reader.uint32();
                            break;
                        }
                    case 12: {
                            message.ja3 = reader.string();
                            break;
                        }
                    case 13: {
                            message.ja3s = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * ProtocolType enum.
             * @name cbbridge.sensor.CbNetConnMsgv2.ProtocolType
             * @enum {number}
             * @property {number} ProtoTcp=6 ProtoTcp value
             * @property {number} ProtoUdp=17 ProtoUdp value
             */
            CbNetConnMsgv2.ProtocolType = (function() {
                var valuesById = {}, values = Object.create(valuesById);
                values[valuesById[6] = "ProtoTcp"] = 6;
                values[valuesById[17] = "ProtoUdp"] = 17;
                return values;
            })();

            return CbNetConnMsgv2;
        })();

        sensor.CbNetConnBlockedMsgv2 = (function() {

            /**
             * Properties of a CbNetConnBlockedMsgv2.
             * @memberof cbbridge.sensor
             * @interface ICbNetConnBlockedMsgv2
             * @property {cbbridge.sensor.CbNetConnBlockedMsgv2.NetconnBlockType|null} [blockedType] CbNetConnBlockedMsgv2 blockedType
             * @property {number|null} [port] CbNetConnBlockedMsgv2 port
             * @property {cbbridge.sensor.CbNetConnBlockedMsgv2.ProtocolType|null} [protocol] CbNetConnBlockedMsgv2 protocol
             * @property {Uint8Array|null} [utf8_netpath] CbNetConnBlockedMsgv2 utf8_netpath
             * @property {boolean|null} [outbound] CbNetConnBlockedMsgv2 outbound
             * @property {boolean|null} [proxyConnection] CbNetConnBlockedMsgv2 proxyConnection
             * @property {cbbridge.sensor.ICbIpAddr|null} [proxyIpAddress] CbNetConnBlockedMsgv2 proxyIpAddress
             * @property {number|null} [proxyPort] CbNetConnBlockedMsgv2 proxyPort
             * @property {string|null} [proxyNetPath] CbNetConnBlockedMsgv2 proxyNetPath
             * @property {cbbridge.sensor.ICbIpAddr|null} [remoteIpAddress] CbNetConnBlockedMsgv2 remoteIpAddress
             * @property {number|null} [remotePort] CbNetConnBlockedMsgv2 remotePort
             * @property {cbbridge.sensor.ICbIpAddr|null} [localIpAddress] CbNetConnBlockedMsgv2 localIpAddress
             * @property {number|null} [localPort] CbNetConnBlockedMsgv2 localPort
             * @property {string|null} [ja3] CbNetConnBlockedMsgv2 ja3
             * @property {string|null} [ja3s] CbNetConnBlockedMsgv2 ja3s
             */

            /**
             * Constructs a new CbNetConnBlockedMsgv2.
             * @memberof cbbridge.sensor
             * @classdesc Represents a CbNetConnBlockedMsgv2.
             * @implements ICbNetConnBlockedMsgv2
             * @constructor
             * @param {cbbridge.sensor.ICbNetConnBlockedMsgv2=} [properties] Properties to set
             */
            function CbNetConnBlockedMsgv2(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * CbNetConnBlockedMsgv2 blockedType.
             * @member {cbbridge.sensor.CbNetConnBlockedMsgv2.NetconnBlockType} blockedType
             * @memberof cbbridge.sensor.CbNetConnBlockedMsgv2
             * @instance
             */
            CbNetConnBlockedMsgv2.prototype.blockedType = 1;

            /**
             * CbNetConnBlockedMsgv2 port.
             * @member {number} port
             * @memberof cbbridge.sensor.CbNetConnBlockedMsgv2
             * @instance
             */
            CbNetConnBlockedMsgv2.prototype.port = 0;

            /**
             * CbNetConnBlockedMsgv2 protocol.
             * @member {cbbridge.sensor.CbNetConnBlockedMsgv2.ProtocolType} protocol
             * @memberof cbbridge.sensor.CbNetConnBlockedMsgv2
             * @instance
             */
            CbNetConnBlockedMsgv2.prototype.protocol = 6;

            /**
             * CbNetConnBlockedMsgv2 utf8_netpath.
             * @member {Uint8Array} utf8_netpath
             * @memberof cbbridge.sensor.CbNetConnBlockedMsgv2
             * @instance
             */
            CbNetConnBlockedMsgv2.prototype.utf8_netpath = $util.newBuffer([]);

            /**
             * CbNetConnBlockedMsgv2 outbound.
             * @member {boolean} outbound
             * @memberof cbbridge.sensor.CbNetConnBlockedMsgv2
             * @instance
             */
            CbNetConnBlockedMsgv2.prototype.outbound = true;

            /**
             * CbNetConnBlockedMsgv2 proxyConnection.
             * @member {boolean} proxyConnection
             * @memberof cbbridge.sensor.CbNetConnBlockedMsgv2
             * @instance
             */
            CbNetConnBlockedMsgv2.prototype.proxyConnection = false;

            /**
             * CbNetConnBlockedMsgv2 proxyIpAddress.
             * @member {cbbridge.sensor.ICbIpAddr|null|undefined} proxyIpAddress
             * @memberof cbbridge.sensor.CbNetConnBlockedMsgv2
             * @instance
             */
            CbNetConnBlockedMsgv2.prototype.proxyIpAddress = null;

            /**
             * CbNetConnBlockedMsgv2 proxyPort.
             * @member {number} proxyPort
             * @memberof cbbridge.sensor.CbNetConnBlockedMsgv2
             * @instance
             */
            CbNetConnBlockedMsgv2.prototype.proxyPort = 0;

            /**
             * CbNetConnBlockedMsgv2 proxyNetPath.
             * @member {string} proxyNetPath
             * @memberof cbbridge.sensor.CbNetConnBlockedMsgv2
             * @instance
             */
            CbNetConnBlockedMsgv2.prototype.proxyNetPath = "";

            /**
             * CbNetConnBlockedMsgv2 remoteIpAddress.
             * @member {cbbridge.sensor.ICbIpAddr|null|undefined} remoteIpAddress
             * @memberof cbbridge.sensor.CbNetConnBlockedMsgv2
             * @instance
             */
            CbNetConnBlockedMsgv2.prototype.remoteIpAddress = null;

            /**
             * CbNetConnBlockedMsgv2 remotePort.
             * @member {number} remotePort
             * @memberof cbbridge.sensor.CbNetConnBlockedMsgv2
             * @instance
             */
            CbNetConnBlockedMsgv2.prototype.remotePort = 0;

            /**
             * CbNetConnBlockedMsgv2 localIpAddress.
             * @member {cbbridge.sensor.ICbIpAddr|null|undefined} localIpAddress
             * @memberof cbbridge.sensor.CbNetConnBlockedMsgv2
             * @instance
             */
            CbNetConnBlockedMsgv2.prototype.localIpAddress = null;

            /**
             * CbNetConnBlockedMsgv2 localPort.
             * @member {number} localPort
             * @memberof cbbridge.sensor.CbNetConnBlockedMsgv2
             * @instance
             */
            CbNetConnBlockedMsgv2.prototype.localPort = 0;

            /**
             * CbNetConnBlockedMsgv2 ja3.
             * @member {string} ja3
             * @memberof cbbridge.sensor.CbNetConnBlockedMsgv2
             * @instance
             */
            CbNetConnBlockedMsgv2.prototype.ja3 = "";

            /**
             * CbNetConnBlockedMsgv2 ja3s.
             * @member {string} ja3s
             * @memberof cbbridge.sensor.CbNetConnBlockedMsgv2
             * @instance
             */
            CbNetConnBlockedMsgv2.prototype.ja3s = "";

            /**
             * Creates a new CbNetConnBlockedMsgv2 instance using the specified properties.
             * @function create
             * @memberof cbbridge.sensor.CbNetConnBlockedMsgv2
             * @static
             * @param {cbbridge.sensor.ICbNetConnBlockedMsgv2=} [properties] Properties to set
             * @returns {cbbridge.sensor.CbNetConnBlockedMsgv2} CbNetConnBlockedMsgv2 instance
             */
            CbNetConnBlockedMsgv2.create = function create(properties) {
                return new CbNetConnBlockedMsgv2(properties);
            };

            /**
             * Encodes the specified CbNetConnBlockedMsgv2 message. Does not implicitly {@link cbbridge.sensor.CbNetConnBlockedMsgv2.verify|verify} messages.
             * @function encode
             * @memberof cbbridge.sensor.CbNetConnBlockedMsgv2
             * @static
             * @param {cbbridge.sensor.ICbNetConnBlockedMsgv2} message CbNetConnBlockedMsgv2 message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CbNetConnBlockedMsgv2.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.blockedType != null && Object.hasOwnProperty.call(message, "blockedType"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.blockedType);
                if (message.port != null && Object.hasOwnProperty.call(message, "port"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.port);
                if (message.protocol != null && Object.hasOwnProperty.call(message, "protocol"))
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.protocol);
                if (message.utf8_netpath != null && Object.hasOwnProperty.call(message, "utf8_netpath"))
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.utf8_netpath);
                if (message.outbound != null && Object.hasOwnProperty.call(message, "outbound"))
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.outbound);
                if (message.proxyConnection != null && Object.hasOwnProperty.call(message, "proxyConnection"))
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.proxyConnection);
                if (message.proxyIpAddress != null && Object.hasOwnProperty.call(message, "proxyIpAddress"))
                    $root.cbbridge.sensor.CbIpAddr.encode(message.proxyIpAddress, writer.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                if (message.proxyPort != null && Object.hasOwnProperty.call(message, "proxyPort"))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.proxyPort);
                if (message.proxyNetPath != null && Object.hasOwnProperty.call(message, "proxyNetPath"))
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.proxyNetPath);
                if (message.remoteIpAddress != null && Object.hasOwnProperty.call(message, "remoteIpAddress"))
                    $root.cbbridge.sensor.CbIpAddr.encode(message.remoteIpAddress, writer.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                if (message.remotePort != null && Object.hasOwnProperty.call(message, "remotePort"))
                    writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.remotePort);
                if (message.localIpAddress != null && Object.hasOwnProperty.call(message, "localIpAddress"))
                    $root.cbbridge.sensor.CbIpAddr.encode(message.localIpAddress, writer.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
                if (message.localPort != null && Object.hasOwnProperty.call(message, "localPort"))
                    writer.uint32(/* id 13, wireType 0 =*/104).uint32(message.localPort);
                if (message.ja3 != null && Object.hasOwnProperty.call(message, "ja3"))
                    writer.uint32(/* id 14, wireType 2 =*/114).string(message.ja3);
                if (message.ja3s != null && Object.hasOwnProperty.call(message, "ja3s"))
                    writer.uint32(/* id 15, wireType 2 =*/122).string(message.ja3s);
                return writer;
            };

            /**
             * Decodes a CbNetConnBlockedMsgv2 message from the specified reader or buffer.
             * @function decode
             * @memberof cbbridge.sensor.CbNetConnBlockedMsgv2
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cbbridge.sensor.CbNetConnBlockedMsgv2} CbNetConnBlockedMsgv2
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CbNetConnBlockedMsgv2.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.cbbridge.sensor.CbNetConnBlockedMsgv2();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.blockedType = reader.int32();
                            break;
                        }
                    case 2: {
                            message.port = reader.uint32();
                            break;
                        }
                    case 3: {
                            message.protocol = reader.int32();
                            break;
                        }
                    case 4: {
                            message.utf8_netpath = reader.bytes();
                            break;
                        }
                    case 5: {
                            message.outbound = reader.bool();
                            break;
                        }
                    case 6: {
                            message.proxyConnection = reader.bool();
                            break;
                        }
                    case 7: {
                            message.proxyIpAddress = $root.cbbridge.sensor.CbIpAddr.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 8: {
                            message.proxyPort = reader.uint32();
                            break;
                        }
                    case 9: {
                            message.proxyNetPath = reader.string();
                            break;
                        }
                    case 10: {
                            message.remoteIpAddress = $root.cbbridge.sensor.CbIpAddr.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 11: {
                            message.remotePort = reader.uint32();
                            break;
                        }
                    case 12: {
                            message.localIpAddress = $root.cbbridge.sensor.CbIpAddr.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 13: {
                            message.localPort = reader.uint32();
                            break;
                        }
                    case 14: {
                            message.ja3 = reader.string();
                            break;
                        }
                    case 15: {
                            message.ja3s = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * ProtocolType enum.
             * @name cbbridge.sensor.CbNetConnBlockedMsgv2.ProtocolType
             * @enum {number}
             * @property {number} ProtoTcp=6 ProtoTcp value
             * @property {number} ProtoUdp=17 ProtoUdp value
             */
            CbNetConnBlockedMsgv2.ProtocolType = (function() {
                var valuesById = {}, values = Object.create(valuesById);
                values[valuesById[6] = "ProtoTcp"] = 6;
                values[valuesById[17] = "ProtoUdp"] = 17;
                return values;
            })();

            /**
             * NetconnBlockType enum.
             * @name cbbridge.sensor.CbNetConnBlockedMsgv2.NetconnBlockType
             * @enum {number}
             * @property {number} NetworkIsolation=1 NetworkIsolation value
             */
            CbNetConnBlockedMsgv2.NetconnBlockType = (function() {
                var valuesById = {}, values = Object.create(valuesById);
                values[valuesById[1] = "NetworkIsolation"] = 1;
                return values;
            })();

            return CbNetConnBlockedMsgv2;
        })();

        sensor.CbLinStatsMsg = (function() {

            /**
             * Properties of a CbLinStatsMsg.
             * @memberof cbbridge.sensor
             * @interface ICbLinStatsMsg
             * @property {number|null} [lin_total] CbLinStatsMsg lin_total
             * @property {number|null} [lin_successful] CbLinStatsMsg lin_successful
             * @property {number|null} [lin_no_scanidi] CbLinStatsMsg lin_no_scanidi
             * @property {number|null} [lin_total_pended] CbLinStatsMsg lin_total_pended
             * @property {number|null} [lin_current_scanid_pended_size] CbLinStatsMsg lin_current_scanid_pended_size
             * @property {number|null} [lin_current_handlepath_pended_size] CbLinStatsMsg lin_current_handlepath_pended_size
             * @property {number|null} [lin_current_filepath_pended_size] CbLinStatsMsg lin_current_filepath_pended_size
             */

            /**
             * Constructs a new CbLinStatsMsg.
             * @memberof cbbridge.sensor
             * @classdesc Represents a CbLinStatsMsg.
             * @implements ICbLinStatsMsg
             * @constructor
             * @param {cbbridge.sensor.ICbLinStatsMsg=} [properties] Properties to set
             */
            function CbLinStatsMsg(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * CbLinStatsMsg lin_total.
             * @member {number} lin_total
             * @memberof cbbridge.sensor.CbLinStatsMsg
             * @instance
             */
            CbLinStatsMsg.prototype.lin_total = 0;

            /**
             * CbLinStatsMsg lin_successful.
             * @member {number} lin_successful
             * @memberof cbbridge.sensor.CbLinStatsMsg
             * @instance
             */
            CbLinStatsMsg.prototype.lin_successful = 0;

            /**
             * CbLinStatsMsg lin_no_scanidi.
             * @member {number} lin_no_scanidi
             * @memberof cbbridge.sensor.CbLinStatsMsg
             * @instance
             */
            CbLinStatsMsg.prototype.lin_no_scanidi = 0;

            /**
             * CbLinStatsMsg lin_total_pended.
             * @member {number} lin_total_pended
             * @memberof cbbridge.sensor.CbLinStatsMsg
             * @instance
             */
            CbLinStatsMsg.prototype.lin_total_pended = 0;

            /**
             * CbLinStatsMsg lin_current_scanid_pended_size.
             * @member {number} lin_current_scanid_pended_size
             * @memberof cbbridge.sensor.CbLinStatsMsg
             * @instance
             */
            CbLinStatsMsg.prototype.lin_current_scanid_pended_size = 0;

            /**
             * CbLinStatsMsg lin_current_handlepath_pended_size.
             * @member {number} lin_current_handlepath_pended_size
             * @memberof cbbridge.sensor.CbLinStatsMsg
             * @instance
             */
            CbLinStatsMsg.prototype.lin_current_handlepath_pended_size = 0;

            /**
             * CbLinStatsMsg lin_current_filepath_pended_size.
             * @member {number} lin_current_filepath_pended_size
             * @memberof cbbridge.sensor.CbLinStatsMsg
             * @instance
             */
            CbLinStatsMsg.prototype.lin_current_filepath_pended_size = 0;

            /**
             * Creates a new CbLinStatsMsg instance using the specified properties.
             * @function create
             * @memberof cbbridge.sensor.CbLinStatsMsg
             * @static
             * @param {cbbridge.sensor.ICbLinStatsMsg=} [properties] Properties to set
             * @returns {cbbridge.sensor.CbLinStatsMsg} CbLinStatsMsg instance
             */
            CbLinStatsMsg.create = function create(properties) {
                return new CbLinStatsMsg(properties);
            };

            /**
             * Encodes the specified CbLinStatsMsg message. Does not implicitly {@link cbbridge.sensor.CbLinStatsMsg.verify|verify} messages.
             * @function encode
             * @memberof cbbridge.sensor.CbLinStatsMsg
             * @static
             * @param {cbbridge.sensor.ICbLinStatsMsg} message CbLinStatsMsg message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CbLinStatsMsg.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.lin_total != null && Object.hasOwnProperty.call(message, "lin_total"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.lin_total);
                if (message.lin_successful != null && Object.hasOwnProperty.call(message, "lin_successful"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.lin_successful);
                if (message.lin_no_scanidi != null && Object.hasOwnProperty.call(message, "lin_no_scanidi"))
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.lin_no_scanidi);
                if (message.lin_total_pended != null && Object.hasOwnProperty.call(message, "lin_total_pended"))
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.lin_total_pended);
                if (message.lin_current_scanid_pended_size != null && Object.hasOwnProperty.call(message, "lin_current_scanid_pended_size"))
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.lin_current_scanid_pended_size);
                if (message.lin_current_handlepath_pended_size != null && Object.hasOwnProperty.call(message, "lin_current_handlepath_pended_size"))
                    writer.uint32(/* id 6, wireType 0 =*/48).int32(message.lin_current_handlepath_pended_size);
                if (message.lin_current_filepath_pended_size != null && Object.hasOwnProperty.call(message, "lin_current_filepath_pended_size"))
                    writer.uint32(/* id 7, wireType 0 =*/56).int32(message.lin_current_filepath_pended_size);
                return writer;
            };

            /**
             * Decodes a CbLinStatsMsg message from the specified reader or buffer.
             * @function decode
             * @memberof cbbridge.sensor.CbLinStatsMsg
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cbbridge.sensor.CbLinStatsMsg} CbLinStatsMsg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CbLinStatsMsg.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.cbbridge.sensor.CbLinStatsMsg();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.lin_total = reader.int32();
                            break;
                        }
                    case 2: {
                            message.lin_successful = reader.int32();
                            break;
                        }
                    case 3: {
                            message.lin_no_scanidi = reader.int32();
                            break;
                        }
                    case 4: {
                            message.lin_total_pended = reader.int32();
                            break;
                        }
                    case 5: {
                            message.lin_current_scanid_pended_size = reader.int32();
                            break;
                        }
                    case 6: {
                            message.lin_current_handlepath_pended_size = reader.int32();
                            break;
                        }
                    case 7: {
                            message.lin_current_filepath_pended_size = reader.int32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            return CbLinStatsMsg;
        })();

        sensor.CbCrossProcessOpenMsg = (function() {

            /**
             * Properties of a CbCrossProcessOpenMsg.
             * @memberof cbbridge.sensor
             * @interface ICbCrossProcessOpenMsg
             * @property {cbbridge.sensor.CbCrossProcessOpenMsg.OpenType|null} [type] CbCrossProcessOpenMsg type
             * @property {number|null} [targetPid] CbCrossProcessOpenMsg targetPid
             * @property {Long|null} [targetProcCreateTime] CbCrossProcessOpenMsg targetProcCreateTime
             * @property {number|null} [requestedAccess] CbCrossProcessOpenMsg requestedAccess
             * @property {string|null} [targetProcPath] CbCrossProcessOpenMsg targetProcPath
             * @property {Uint8Array|null} [targetProcMd5] CbCrossProcessOpenMsg targetProcMd5
             * @property {Uint8Array|null} [targetProcSha256] CbCrossProcessOpenMsg targetProcSha256
             */

            /**
             * Constructs a new CbCrossProcessOpenMsg.
             * @memberof cbbridge.sensor
             * @classdesc Represents a CbCrossProcessOpenMsg.
             * @implements ICbCrossProcessOpenMsg
             * @constructor
             * @param {cbbridge.sensor.ICbCrossProcessOpenMsg=} [properties] Properties to set
             */
            function CbCrossProcessOpenMsg(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * CbCrossProcessOpenMsg type.
             * @member {cbbridge.sensor.CbCrossProcessOpenMsg.OpenType} type
             * @memberof cbbridge.sensor.CbCrossProcessOpenMsg
             * @instance
             */
            CbCrossProcessOpenMsg.prototype.type = 1;

            /**
             * CbCrossProcessOpenMsg targetPid.
             * @member {number} targetPid
             * @memberof cbbridge.sensor.CbCrossProcessOpenMsg
             * @instance
             */
            CbCrossProcessOpenMsg.prototype.targetPid = 0;

            /**
             * CbCrossProcessOpenMsg targetProcCreateTime.
             * @member {Long} targetProcCreateTime
             * @memberof cbbridge.sensor.CbCrossProcessOpenMsg
             * @instance
             */
            CbCrossProcessOpenMsg.prototype.targetProcCreateTime = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * CbCrossProcessOpenMsg requestedAccess.
             * @member {number} requestedAccess
             * @memberof cbbridge.sensor.CbCrossProcessOpenMsg
             * @instance
             */
            CbCrossProcessOpenMsg.prototype.requestedAccess = 0;

            /**
             * CbCrossProcessOpenMsg targetProcPath.
             * @member {string} targetProcPath
             * @memberof cbbridge.sensor.CbCrossProcessOpenMsg
             * @instance
             */
            CbCrossProcessOpenMsg.prototype.targetProcPath = "";

            /**
             * CbCrossProcessOpenMsg targetProcMd5.
             * @member {Uint8Array} targetProcMd5
             * @memberof cbbridge.sensor.CbCrossProcessOpenMsg
             * @instance
             */
            CbCrossProcessOpenMsg.prototype.targetProcMd5 = $util.newBuffer([]);

            /**
             * CbCrossProcessOpenMsg targetProcSha256.
             * @member {Uint8Array} targetProcSha256
             * @memberof cbbridge.sensor.CbCrossProcessOpenMsg
             * @instance
             */
            CbCrossProcessOpenMsg.prototype.targetProcSha256 = $util.newBuffer([]);

            /**
             * Creates a new CbCrossProcessOpenMsg instance using the specified properties.
             * @function create
             * @memberof cbbridge.sensor.CbCrossProcessOpenMsg
             * @static
             * @param {cbbridge.sensor.ICbCrossProcessOpenMsg=} [properties] Properties to set
             * @returns {cbbridge.sensor.CbCrossProcessOpenMsg} CbCrossProcessOpenMsg instance
             */
            CbCrossProcessOpenMsg.create = function create(properties) {
                return new CbCrossProcessOpenMsg(properties);
            };

            /**
             * Encodes the specified CbCrossProcessOpenMsg message. Does not implicitly {@link cbbridge.sensor.CbCrossProcessOpenMsg.verify|verify} messages.
             * @function encode
             * @memberof cbbridge.sensor.CbCrossProcessOpenMsg
             * @static
             * @param {cbbridge.sensor.ICbCrossProcessOpenMsg} message CbCrossProcessOpenMsg message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CbCrossProcessOpenMsg.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.type != null && Object.hasOwnProperty.call(message, "type"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.type);
                if (message.targetPid != null && Object.hasOwnProperty.call(message, "targetPid"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.targetPid);
                if (message.targetProcCreateTime != null && Object.hasOwnProperty.call(message, "targetProcCreateTime"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.targetProcCreateTime);
                if (message.requestedAccess != null && Object.hasOwnProperty.call(message, "requestedAccess"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.requestedAccess);
                if (message.targetProcPath != null && Object.hasOwnProperty.call(message, "targetProcPath"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.targetProcPath);
                if (message.targetProcMd5 != null && Object.hasOwnProperty.call(message, "targetProcMd5"))
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.targetProcMd5);
                if (message.targetProcSha256 != null && Object.hasOwnProperty.call(message, "targetProcSha256"))
                    writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.targetProcSha256);
                return writer;
            };

            /**
             * Decodes a CbCrossProcessOpenMsg message from the specified reader or buffer.
             * @function decode
             * @memberof cbbridge.sensor.CbCrossProcessOpenMsg
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cbbridge.sensor.CbCrossProcessOpenMsg} CbCrossProcessOpenMsg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CbCrossProcessOpenMsg.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.cbbridge.sensor.CbCrossProcessOpenMsg();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.type = reader.int32();
                            break;
                        }
                    case 2: {
                            message.targetPid = reader.uint32();
                            break;
                        }
                    case 3: {
                            message.targetProcCreateTime = reader.uint64();
                            break;
                        }
                    case 4: {
                            message.requestedAccess = reader.uint32();
                            break;
                        }
                    case 5: {
                            message.targetProcPath = reader.string();
                            break;
                        }
                    case 6: {
                            message.targetProcMd5 = reader.bytes();
                            break;
                        }
                    case 7: {
                            message.targetProcSha256 = reader.bytes();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * OpenType enum.
             * @name cbbridge.sensor.CbCrossProcessOpenMsg.OpenType
             * @enum {number}
             * @property {number} OpenProcessHandle=1 OpenProcessHandle value
             * @property {number} OpenThreadHandle=2 OpenThreadHandle value
             */
            CbCrossProcessOpenMsg.OpenType = (function() {
                var valuesById = {}, values = Object.create(valuesById);
                values[valuesById[1] = "OpenProcessHandle"] = 1;
                values[valuesById[2] = "OpenThreadHandle"] = 2;
                return values;
            })();

            return CbCrossProcessOpenMsg;
        })();

        sensor.CbCreateRemoteThreadMsg = (function() {

            /**
             * Properties of a CbCreateRemoteThreadMsg.
             * @memberof cbbridge.sensor
             * @interface ICbCreateRemoteThreadMsg
             * @property {number|null} [remoteProcPid] CbCreateRemoteThreadMsg remoteProcPid
             * @property {Long|null} [remoteProcCreateTime] CbCreateRemoteThreadMsg remoteProcCreateTime
             * @property {string|null} [remoteProcPath] CbCreateRemoteThreadMsg remoteProcPath
             * @property {Uint8Array|null} [remoteProcMd5] CbCreateRemoteThreadMsg remoteProcMd5
             * @property {Uint8Array|null} [remoteProcSha256] CbCreateRemoteThreadMsg remoteProcSha256
             */

            /**
             * Constructs a new CbCreateRemoteThreadMsg.
             * @memberof cbbridge.sensor
             * @classdesc Represents a CbCreateRemoteThreadMsg.
             * @implements ICbCreateRemoteThreadMsg
             * @constructor
             * @param {cbbridge.sensor.ICbCreateRemoteThreadMsg=} [properties] Properties to set
             */
            function CbCreateRemoteThreadMsg(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * CbCreateRemoteThreadMsg remoteProcPid.
             * @member {number} remoteProcPid
             * @memberof cbbridge.sensor.CbCreateRemoteThreadMsg
             * @instance
             */
            CbCreateRemoteThreadMsg.prototype.remoteProcPid = 0;

            /**
             * CbCreateRemoteThreadMsg remoteProcCreateTime.
             * @member {Long} remoteProcCreateTime
             * @memberof cbbridge.sensor.CbCreateRemoteThreadMsg
             * @instance
             */
            CbCreateRemoteThreadMsg.prototype.remoteProcCreateTime = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * CbCreateRemoteThreadMsg remoteProcPath.
             * @member {string} remoteProcPath
             * @memberof cbbridge.sensor.CbCreateRemoteThreadMsg
             * @instance
             */
            CbCreateRemoteThreadMsg.prototype.remoteProcPath = "";

            /**
             * CbCreateRemoteThreadMsg remoteProcMd5.
             * @member {Uint8Array} remoteProcMd5
             * @memberof cbbridge.sensor.CbCreateRemoteThreadMsg
             * @instance
             */
            CbCreateRemoteThreadMsg.prototype.remoteProcMd5 = $util.newBuffer([]);

            /**
             * CbCreateRemoteThreadMsg remoteProcSha256.
             * @member {Uint8Array} remoteProcSha256
             * @memberof cbbridge.sensor.CbCreateRemoteThreadMsg
             * @instance
             */
            CbCreateRemoteThreadMsg.prototype.remoteProcSha256 = $util.newBuffer([]);

            /**
             * Creates a new CbCreateRemoteThreadMsg instance using the specified properties.
             * @function create
             * @memberof cbbridge.sensor.CbCreateRemoteThreadMsg
             * @static
             * @param {cbbridge.sensor.ICbCreateRemoteThreadMsg=} [properties] Properties to set
             * @returns {cbbridge.sensor.CbCreateRemoteThreadMsg} CbCreateRemoteThreadMsg instance
             */
            CbCreateRemoteThreadMsg.create = function create(properties) {
                return new CbCreateRemoteThreadMsg(properties);
            };

            /**
             * Encodes the specified CbCreateRemoteThreadMsg message. Does not implicitly {@link cbbridge.sensor.CbCreateRemoteThreadMsg.verify|verify} messages.
             * @function encode
             * @memberof cbbridge.sensor.CbCreateRemoteThreadMsg
             * @static
             * @param {cbbridge.sensor.ICbCreateRemoteThreadMsg} message CbCreateRemoteThreadMsg message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CbCreateRemoteThreadMsg.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.remoteProcPid != null && Object.hasOwnProperty.call(message, "remoteProcPid"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.remoteProcPid);
                if (message.remoteProcCreateTime != null && Object.hasOwnProperty.call(message, "remoteProcCreateTime"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.remoteProcCreateTime);
                if (message.remoteProcPath != null && Object.hasOwnProperty.call(message, "remoteProcPath"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.remoteProcPath);
                if (message.remoteProcMd5 != null && Object.hasOwnProperty.call(message, "remoteProcMd5"))
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.remoteProcMd5);
                if (message.remoteProcSha256 != null && Object.hasOwnProperty.call(message, "remoteProcSha256"))
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.remoteProcSha256);
                return writer;
            };

            /**
             * Decodes a CbCreateRemoteThreadMsg message from the specified reader or buffer.
             * @function decode
             * @memberof cbbridge.sensor.CbCreateRemoteThreadMsg
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cbbridge.sensor.CbCreateRemoteThreadMsg} CbCreateRemoteThreadMsg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CbCreateRemoteThreadMsg.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.cbbridge.sensor.CbCreateRemoteThreadMsg();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.remoteProcPid = reader.uint32();
                            break;
                        }
                    case 2: {
                            message.remoteProcCreateTime = reader.uint64();
                            break;
                        }
                    case 3: {
                            message.remoteProcPath = reader.string();
                            break;
                        }
                    case 4: {
                            message.remoteProcMd5 = reader.bytes();
                            break;
                        }
                    case 5: {
                            message.remoteProcSha256 = reader.bytes();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            return CbCreateRemoteThreadMsg;
        })();

        sensor.CbCrossProcessMsg = (function() {

            /**
             * Properties of a CbCrossProcessMsg.
             * @memberof cbbridge.sensor
             * @interface ICbCrossProcessMsg
             * @property {cbbridge.sensor.ICbCrossProcessOpenMsg|null} [open] CbCrossProcessMsg open
             * @property {cbbridge.sensor.ICbCreateRemoteThreadMsg|null} [remotethread] CbCrossProcessMsg remotethread
             * @property {boolean|null} [tamper] CbCrossProcessMsg tamper
             * @property {boolean|null} [isTarget] CbCrossProcessMsg isTarget
             * @property {boolean|null} [tamper_sent] CbCrossProcessMsg tamper_sent
             */

            /**
             * Constructs a new CbCrossProcessMsg.
             * @memberof cbbridge.sensor
             * @classdesc Represents a CbCrossProcessMsg.
             * @implements ICbCrossProcessMsg
             * @constructor
             * @param {cbbridge.sensor.ICbCrossProcessMsg=} [properties] Properties to set
             */
            function CbCrossProcessMsg(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * CbCrossProcessMsg open.
             * @member {cbbridge.sensor.ICbCrossProcessOpenMsg|null|undefined} open
             * @memberof cbbridge.sensor.CbCrossProcessMsg
             * @instance
             */
            CbCrossProcessMsg.prototype.open = null;

            /**
             * CbCrossProcessMsg remotethread.
             * @member {cbbridge.sensor.ICbCreateRemoteThreadMsg|null|undefined} remotethread
             * @memberof cbbridge.sensor.CbCrossProcessMsg
             * @instance
             */
            CbCrossProcessMsg.prototype.remotethread = null;

            /**
             * CbCrossProcessMsg tamper.
             * @member {boolean} tamper
             * @memberof cbbridge.sensor.CbCrossProcessMsg
             * @instance
             */
            CbCrossProcessMsg.prototype.tamper = false;

            /**
             * CbCrossProcessMsg isTarget.
             * @member {boolean} isTarget
             * @memberof cbbridge.sensor.CbCrossProcessMsg
             * @instance
             */
            CbCrossProcessMsg.prototype.isTarget = false;

            /**
             * CbCrossProcessMsg tamper_sent.
             * @member {boolean} tamper_sent
             * @memberof cbbridge.sensor.CbCrossProcessMsg
             * @instance
             */
            CbCrossProcessMsg.prototype.tamper_sent = false;

            /**
             * Creates a new CbCrossProcessMsg instance using the specified properties.
             * @function create
             * @memberof cbbridge.sensor.CbCrossProcessMsg
             * @static
             * @param {cbbridge.sensor.ICbCrossProcessMsg=} [properties] Properties to set
             * @returns {cbbridge.sensor.CbCrossProcessMsg} CbCrossProcessMsg instance
             */
            CbCrossProcessMsg.create = function create(properties) {
                return new CbCrossProcessMsg(properties);
            };

            /**
             * Encodes the specified CbCrossProcessMsg message. Does not implicitly {@link cbbridge.sensor.CbCrossProcessMsg.verify|verify} messages.
             * @function encode
             * @memberof cbbridge.sensor.CbCrossProcessMsg
             * @static
             * @param {cbbridge.sensor.ICbCrossProcessMsg} message CbCrossProcessMsg message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CbCrossProcessMsg.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.open != null && Object.hasOwnProperty.call(message, "open"))
                    $root.cbbridge.sensor.CbCrossProcessOpenMsg.encode(message.open, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (message.remotethread != null && Object.hasOwnProperty.call(message, "remotethread"))
                    $root.cbbridge.sensor.CbCreateRemoteThreadMsg.encode(message.remotethread, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (message.tamper != null && Object.hasOwnProperty.call(message, "tamper"))
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.tamper);
                if (message.isTarget != null && Object.hasOwnProperty.call(message, "isTarget"))
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.isTarget);
                if (message.tamper_sent != null && Object.hasOwnProperty.call(message, "tamper_sent"))
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.tamper_sent);
                return writer;
            };

            /**
             * Decodes a CbCrossProcessMsg message from the specified reader or buffer.
             * @function decode
             * @memberof cbbridge.sensor.CbCrossProcessMsg
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cbbridge.sensor.CbCrossProcessMsg} CbCrossProcessMsg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CbCrossProcessMsg.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.cbbridge.sensor.CbCrossProcessMsg();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.open = $root.cbbridge.sensor.CbCrossProcessOpenMsg.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 2: {
                            message.remotethread = $root.cbbridge.sensor.CbCreateRemoteThreadMsg.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 3: {
                            message.tamper = reader.bool();
                            break;
                        }
                    case 4: {
                            message.isTarget = reader.bool();
                            break;
                        }
                    case 5: {
                            message.tamper_sent = reader.bool();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            return CbCrossProcessMsg;
        })();

        sensor.CbProcessBlockedMsg = (function() {

            /**
             * Properties of a CbProcessBlockedMsg.
             * @memberof cbbridge.sensor
             * @interface ICbProcessBlockedMsg
             * @property {cbbridge.sensor.CbProcessBlockedMsg.BlockType|null} [blockedType] CbProcessBlockedMsg blockedType
             * @property {cbbridge.sensor.CbProcessBlockedMsg.BlockEvent|null} [blockedEvent] CbProcessBlockedMsg blockedEvent
             * @property {Uint8Array|null} [blockedmd5Hash] CbProcessBlockedMsg blockedmd5Hash
             * @property {string|null} [blockedPath] CbProcessBlockedMsg blockedPath
             * @property {cbbridge.sensor.CbProcessBlockedMsg.BlockResult|null} [blockResult] CbProcessBlockedMsg blockResult
             * @property {number|null} [blockError] CbProcessBlockedMsg blockError
             * @property {number|null} [blockedPid] CbProcessBlockedMsg blockedPid
             * @property {Long|null} [blockedProcCreateTime] CbProcessBlockedMsg blockedProcCreateTime
             * @property {string|null} [blockedCmdline] CbProcessBlockedMsg blockedCmdline
             * @property {string|null} [blockedUid] CbProcessBlockedMsg blockedUid
             * @property {string|null} [blockedUsername] CbProcessBlockedMsg blockedUsername
             */

            /**
             * Constructs a new CbProcessBlockedMsg.
             * @memberof cbbridge.sensor
             * @classdesc Represents a CbProcessBlockedMsg.
             * @implements ICbProcessBlockedMsg
             * @constructor
             * @param {cbbridge.sensor.ICbProcessBlockedMsg=} [properties] Properties to set
             */
            function CbProcessBlockedMsg(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * CbProcessBlockedMsg blockedType.
             * @member {cbbridge.sensor.CbProcessBlockedMsg.BlockType} blockedType
             * @memberof cbbridge.sensor.CbProcessBlockedMsg
             * @instance
             */
            CbProcessBlockedMsg.prototype.blockedType = 1;

            /**
             * CbProcessBlockedMsg blockedEvent.
             * @member {cbbridge.sensor.CbProcessBlockedMsg.BlockEvent} blockedEvent
             * @memberof cbbridge.sensor.CbProcessBlockedMsg
             * @instance
             */
            CbProcessBlockedMsg.prototype.blockedEvent = 1;

            /**
             * CbProcessBlockedMsg blockedmd5Hash.
             * @member {Uint8Array} blockedmd5Hash
             * @memberof cbbridge.sensor.CbProcessBlockedMsg
             * @instance
             */
            CbProcessBlockedMsg.prototype.blockedmd5Hash = $util.newBuffer([]);

            /**
             * CbProcessBlockedMsg blockedPath.
             * @member {string} blockedPath
             * @memberof cbbridge.sensor.CbProcessBlockedMsg
             * @instance
             */
            CbProcessBlockedMsg.prototype.blockedPath = "";

            /**
             * CbProcessBlockedMsg blockResult.
             * @member {cbbridge.sensor.CbProcessBlockedMsg.BlockResult} blockResult
             * @memberof cbbridge.sensor.CbProcessBlockedMsg
             * @instance
             */
            CbProcessBlockedMsg.prototype.blockResult = 0;

            /**
             * CbProcessBlockedMsg blockError.
             * @member {number} blockError
             * @memberof cbbridge.sensor.CbProcessBlockedMsg
             * @instance
             */
            CbProcessBlockedMsg.prototype.blockError = 0;

            /**
             * CbProcessBlockedMsg blockedPid.
             * @member {number} blockedPid
             * @memberof cbbridge.sensor.CbProcessBlockedMsg
             * @instance
             */
            CbProcessBlockedMsg.prototype.blockedPid = 0;

            /**
             * CbProcessBlockedMsg blockedProcCreateTime.
             * @member {Long} blockedProcCreateTime
             * @memberof cbbridge.sensor.CbProcessBlockedMsg
             * @instance
             */
            CbProcessBlockedMsg.prototype.blockedProcCreateTime = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * CbProcessBlockedMsg blockedCmdline.
             * @member {string} blockedCmdline
             * @memberof cbbridge.sensor.CbProcessBlockedMsg
             * @instance
             */
            CbProcessBlockedMsg.prototype.blockedCmdline = "";

            /**
             * CbProcessBlockedMsg blockedUid.
             * @member {string} blockedUid
             * @memberof cbbridge.sensor.CbProcessBlockedMsg
             * @instance
             */
            CbProcessBlockedMsg.prototype.blockedUid = "";

            /**
             * CbProcessBlockedMsg blockedUsername.
             * @member {string} blockedUsername
             * @memberof cbbridge.sensor.CbProcessBlockedMsg
             * @instance
             */
            CbProcessBlockedMsg.prototype.blockedUsername = "";

            /**
             * Creates a new CbProcessBlockedMsg instance using the specified properties.
             * @function create
             * @memberof cbbridge.sensor.CbProcessBlockedMsg
             * @static
             * @param {cbbridge.sensor.ICbProcessBlockedMsg=} [properties] Properties to set
             * @returns {cbbridge.sensor.CbProcessBlockedMsg} CbProcessBlockedMsg instance
             */
            CbProcessBlockedMsg.create = function create(properties) {
                return new CbProcessBlockedMsg(properties);
            };

            /**
             * Encodes the specified CbProcessBlockedMsg message. Does not implicitly {@link cbbridge.sensor.CbProcessBlockedMsg.verify|verify} messages.
             * @function encode
             * @memberof cbbridge.sensor.CbProcessBlockedMsg
             * @static
             * @param {cbbridge.sensor.ICbProcessBlockedMsg} message CbProcessBlockedMsg message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CbProcessBlockedMsg.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.blockedType != null && Object.hasOwnProperty.call(message, "blockedType"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.blockedType);
                if (message.blockedEvent != null && Object.hasOwnProperty.call(message, "blockedEvent"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.blockedEvent);
                if (message.blockedmd5Hash != null && Object.hasOwnProperty.call(message, "blockedmd5Hash"))
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.blockedmd5Hash);
                if (message.blockedPath != null && Object.hasOwnProperty.call(message, "blockedPath"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.blockedPath);
                if (message.blockResult != null && Object.hasOwnProperty.call(message, "blockResult"))
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.blockResult);
                if (message.blockError != null && Object.hasOwnProperty.call(message, "blockError"))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.blockError);
                if (message.blockedPid != null && Object.hasOwnProperty.call(message, "blockedPid"))
                    writer.uint32(/* id 7, wireType 0 =*/56).int32(message.blockedPid);
                if (message.blockedProcCreateTime != null && Object.hasOwnProperty.call(message, "blockedProcCreateTime"))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.blockedProcCreateTime);
                if (message.blockedCmdline != null && Object.hasOwnProperty.call(message, "blockedCmdline"))
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.blockedCmdline);
                if (message.blockedUid != null && Object.hasOwnProperty.call(message, "blockedUid"))
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.blockedUid);
                if (message.blockedUsername != null && Object.hasOwnProperty.call(message, "blockedUsername"))
                    writer.uint32(/* id 11, wireType 2 =*/90).string(message.blockedUsername);
                return writer;
            };

            /**
             * Decodes a CbProcessBlockedMsg message from the specified reader or buffer.
             * @function decode
             * @memberof cbbridge.sensor.CbProcessBlockedMsg
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cbbridge.sensor.CbProcessBlockedMsg} CbProcessBlockedMsg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CbProcessBlockedMsg.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.cbbridge.sensor.CbProcessBlockedMsg();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.blockedType = reader.int32();
                            break;
                        }
                    case 2: {
                            message.blockedEvent = reader.int32();
                            break;
                        }
                    case 3: {
                            message.blockedmd5Hash = reader.bytes();
                            break;
                        }
                    case 4: {
                            message.blockedPath = reader.string();
                            break;
                        }
                    case 5: {
                            message.blockResult = reader.int32();
                            break;
                        }
                    case 6: {
                            message.blockError = reader.uint32();
                            break;
                        }
                    case 7: {
                            message.blockedPid = reader.int32();
                            break;
                        }
                    case 8: {
                            message.blockedProcCreateTime = reader.uint64();
                            break;
                        }
                    case 9: {
                            message.blockedCmdline = reader.string();
                            break;
                        }
                    case 10: {
                            message.blockedUid = reader.string();
                            break;
                        }
                    case 11: {
                            message.blockedUsername = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * BlockType enum.
             * @name cbbridge.sensor.CbProcessBlockedMsg.BlockType
             * @enum {number}
             * @property {number} MD5Hash=1 MD5Hash value
             */
            CbProcessBlockedMsg.BlockType = (function() {
                var valuesById = {}, values = Object.create(valuesById);
                values[valuesById[1] = "MD5Hash"] = 1;
                return values;
            })();

            /**
             * BlockEvent enum.
             * @name cbbridge.sensor.CbProcessBlockedMsg.BlockEvent
             * @enum {number}
             * @property {number} ProcessCreate=1 ProcessCreate value
             * @property {number} RunningProcess=2 RunningProcess value
             */
            CbProcessBlockedMsg.BlockEvent = (function() {
                var valuesById = {}, values = Object.create(valuesById);
                values[valuesById[1] = "ProcessCreate"] = 1;
                values[valuesById[2] = "RunningProcess"] = 2;
                return values;
            })();

            /**
             * BlockResult enum.
             * @name cbbridge.sensor.CbProcessBlockedMsg.BlockResult
             * @enum {number}
             * @property {number} ProcessTerminated=0 ProcessTerminated value
             * @property {number} NotTerminatedCBProcess=1 NotTerminatedCBProcess value
             * @property {number} NotTerminatedSystemProcess=2 NotTerminatedSystemProcess value
             * @property {number} NotTerminatedCriticalSystemProcess=3 NotTerminatedCriticalSystemProcess value
             * @property {number} NotTerminatedWhitelistedPath=4 NotTerminatedWhitelistedPath value
             * @property {number} NotTerminatedOpenProcessError=5 NotTerminatedOpenProcessError value
             * @property {number} NotTerminatedTerminateError=6 NotTerminatedTerminateError value
             */
            CbProcessBlockedMsg.BlockResult = (function() {
                var valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "ProcessTerminated"] = 0;
                values[valuesById[1] = "NotTerminatedCBProcess"] = 1;
                values[valuesById[2] = "NotTerminatedSystemProcess"] = 2;
                values[valuesById[3] = "NotTerminatedCriticalSystemProcess"] = 3;
                values[valuesById[4] = "NotTerminatedWhitelistedPath"] = 4;
                values[valuesById[5] = "NotTerminatedOpenProcessError"] = 5;
                values[valuesById[6] = "NotTerminatedTerminateError"] = 6;
                return values;
            })();

            return CbProcessBlockedMsg;
        })();

        sensor.CbNetConnBlockedMsg = (function() {

            /**
             * Properties of a CbNetConnBlockedMsg.
             * @memberof cbbridge.sensor
             * @interface ICbNetConnBlockedMsg
             * @property {cbbridge.sensor.CbNetConnBlockedMsg.NetconnBlockType|null} [blockedType] CbNetConnBlockedMsg blockedType
             * @property {number|null} [ipv4Address] CbNetConnBlockedMsg ipv4Address
             * @property {Long|null} [ipv6LoPart] CbNetConnBlockedMsg ipv6LoPart
             * @property {Long|null} [ipv6HiPart] CbNetConnBlockedMsg ipv6HiPart
             * @property {number|null} [port] CbNetConnBlockedMsg port
             * @property {cbbridge.sensor.CbNetConnBlockedMsg.ProtocolType|null} [protocol] CbNetConnBlockedMsg protocol
             * @property {Uint8Array|null} [utf8_netpath] CbNetConnBlockedMsg utf8_netpath
             * @property {boolean|null} [outbound] CbNetConnBlockedMsg outbound
             * @property {boolean|null} [proxyConnection] CbNetConnBlockedMsg proxyConnection
             * @property {number|null} [proxyIpv4Address] CbNetConnBlockedMsg proxyIpv4Address
             * @property {number|null} [proxyPort] CbNetConnBlockedMsg proxyPort
             * @property {string|null} [proxyNetPath] CbNetConnBlockedMsg proxyNetPath
             * @property {number|null} [remoteIpAddress] CbNetConnBlockedMsg remoteIpAddress
             * @property {number|null} [remotePort] CbNetConnBlockedMsg remotePort
             * @property {number|null} [localIpAddress] CbNetConnBlockedMsg localIpAddress
             * @property {number|null} [localPort] CbNetConnBlockedMsg localPort
             */

            /**
             * Constructs a new CbNetConnBlockedMsg.
             * @memberof cbbridge.sensor
             * @classdesc Represents a CbNetConnBlockedMsg.
             * @implements ICbNetConnBlockedMsg
             * @constructor
             * @param {cbbridge.sensor.ICbNetConnBlockedMsg=} [properties] Properties to set
             */
            function CbNetConnBlockedMsg(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * CbNetConnBlockedMsg blockedType.
             * @member {cbbridge.sensor.CbNetConnBlockedMsg.NetconnBlockType} blockedType
             * @memberof cbbridge.sensor.CbNetConnBlockedMsg
             * @instance
             */
            CbNetConnBlockedMsg.prototype.blockedType = 1;

            /**
             * CbNetConnBlockedMsg ipv4Address.
             * @member {number} ipv4Address
             * @memberof cbbridge.sensor.CbNetConnBlockedMsg
             * @instance
             */
            CbNetConnBlockedMsg.prototype.ipv4Address = 0;

            /**
             * CbNetConnBlockedMsg ipv6LoPart.
             * @member {Long} ipv6LoPart
             * @memberof cbbridge.sensor.CbNetConnBlockedMsg
             * @instance
             */
            CbNetConnBlockedMsg.prototype.ipv6LoPart = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * CbNetConnBlockedMsg ipv6HiPart.
             * @member {Long} ipv6HiPart
             * @memberof cbbridge.sensor.CbNetConnBlockedMsg
             * @instance
             */
            CbNetConnBlockedMsg.prototype.ipv6HiPart = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * CbNetConnBlockedMsg port.
             * @member {number} port
             * @memberof cbbridge.sensor.CbNetConnBlockedMsg
             * @instance
             */
            CbNetConnBlockedMsg.prototype.port = 0;

            /**
             * CbNetConnBlockedMsg protocol.
             * @member {cbbridge.sensor.CbNetConnBlockedMsg.ProtocolType} protocol
             * @memberof cbbridge.sensor.CbNetConnBlockedMsg
             * @instance
             */
            CbNetConnBlockedMsg.prototype.protocol = 6;

            /**
             * CbNetConnBlockedMsg utf8_netpath.
             * @member {Uint8Array} utf8_netpath
             * @memberof cbbridge.sensor.CbNetConnBlockedMsg
             * @instance
             */
            CbNetConnBlockedMsg.prototype.utf8_netpath = $util.newBuffer([]);

            /**
             * CbNetConnBlockedMsg outbound.
             * @member {boolean} outbound
             * @memberof cbbridge.sensor.CbNetConnBlockedMsg
             * @instance
             */
            CbNetConnBlockedMsg.prototype.outbound = true;

            /**
             * CbNetConnBlockedMsg proxyConnection.
             * @member {boolean} proxyConnection
             * @memberof cbbridge.sensor.CbNetConnBlockedMsg
             * @instance
             */
            CbNetConnBlockedMsg.prototype.proxyConnection = false;

            /**
             * CbNetConnBlockedMsg proxyIpv4Address.
             * @member {number} proxyIpv4Address
             * @memberof cbbridge.sensor.CbNetConnBlockedMsg
             * @instance
             */
            CbNetConnBlockedMsg.prototype.proxyIpv4Address = 0;

            /**
             * CbNetConnBlockedMsg proxyPort.
             * @member {number} proxyPort
             * @memberof cbbridge.sensor.CbNetConnBlockedMsg
             * @instance
             */
            CbNetConnBlockedMsg.prototype.proxyPort = 0;

            /**
             * CbNetConnBlockedMsg proxyNetPath.
             * @member {string} proxyNetPath
             * @memberof cbbridge.sensor.CbNetConnBlockedMsg
             * @instance
             */
            CbNetConnBlockedMsg.prototype.proxyNetPath = "";

            /**
             * CbNetConnBlockedMsg remoteIpAddress.
             * @member {number} remoteIpAddress
             * @memberof cbbridge.sensor.CbNetConnBlockedMsg
             * @instance
             */
            CbNetConnBlockedMsg.prototype.remoteIpAddress = 0;

            /**
             * CbNetConnBlockedMsg remotePort.
             * @member {number} remotePort
             * @memberof cbbridge.sensor.CbNetConnBlockedMsg
             * @instance
             */
            CbNetConnBlockedMsg.prototype.remotePort = 0;

            /**
             * CbNetConnBlockedMsg localIpAddress.
             * @member {number} localIpAddress
             * @memberof cbbridge.sensor.CbNetConnBlockedMsg
             * @instance
             */
            CbNetConnBlockedMsg.prototype.localIpAddress = 0;

            /**
             * CbNetConnBlockedMsg localPort.
             * @member {number} localPort
             * @memberof cbbridge.sensor.CbNetConnBlockedMsg
             * @instance
             */
            CbNetConnBlockedMsg.prototype.localPort = 0;

            /**
             * Creates a new CbNetConnBlockedMsg instance using the specified properties.
             * @function create
             * @memberof cbbridge.sensor.CbNetConnBlockedMsg
             * @static
             * @param {cbbridge.sensor.ICbNetConnBlockedMsg=} [properties] Properties to set
             * @returns {cbbridge.sensor.CbNetConnBlockedMsg} CbNetConnBlockedMsg instance
             */
            CbNetConnBlockedMsg.create = function create(properties) {
                return new CbNetConnBlockedMsg(properties);
            };

            /**
             * Encodes the specified CbNetConnBlockedMsg message. Does not implicitly {@link cbbridge.sensor.CbNetConnBlockedMsg.verify|verify} messages.
             * @function encode
             * @memberof cbbridge.sensor.CbNetConnBlockedMsg
             * @static
             * @param {cbbridge.sensor.ICbNetConnBlockedMsg} message CbNetConnBlockedMsg message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CbNetConnBlockedMsg.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.blockedType != null && Object.hasOwnProperty.call(message, "blockedType"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.blockedType);
                if (message.ipv4Address != null && Object.hasOwnProperty.call(message, "ipv4Address"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.ipv4Address);
                if (message.ipv6LoPart != null && Object.hasOwnProperty.call(message, "ipv6LoPart"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.ipv6LoPart);
                if (message.ipv6HiPart != null && Object.hasOwnProperty.call(message, "ipv6HiPart"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.ipv6HiPart);
                if (message.port != null && Object.hasOwnProperty.call(message, "port"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.port);
                if (message.protocol != null && Object.hasOwnProperty.call(message, "protocol"))
                    writer.uint32(/* id 6, wireType 0 =*/48).int32(message.protocol);
                if (message.utf8_netpath != null && Object.hasOwnProperty.call(message, "utf8_netpath"))
                    writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.utf8_netpath);
                if (message.outbound != null && Object.hasOwnProperty.call(message, "outbound"))
                    writer.uint32(/* id 8, wireType 0 =*/64).bool(message.outbound);
                if (message.proxyConnection != null && Object.hasOwnProperty.call(message, "proxyConnection"))
                    writer.uint32(/* id 9, wireType 0 =*/72).bool(message.proxyConnection);
                if (message.proxyIpv4Address != null && Object.hasOwnProperty.call(message, "proxyIpv4Address"))
                    writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.proxyIpv4Address);
                if (message.proxyPort != null && Object.hasOwnProperty.call(message, "proxyPort"))
                    writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.proxyPort);
                if (message.proxyNetPath != null && Object.hasOwnProperty.call(message, "proxyNetPath"))
                    writer.uint32(/* id 12, wireType 2 =*/98).string(message.proxyNetPath);
                if (message.remoteIpAddress != null && Object.hasOwnProperty.call(message, "remoteIpAddress"))
                    writer.uint32(/* id 13, wireType 0 =*/104).uint32(message.remoteIpAddress);
                if (message.remotePort != null && Object.hasOwnProperty.call(message, "remotePort"))
                    writer.uint32(/* id 14, wireType 0 =*/112).uint32(message.remotePort);
                if (message.localIpAddress != null && Object.hasOwnProperty.call(message, "localIpAddress"))
                    writer.uint32(/* id 15, wireType 0 =*/120).uint32(message.localIpAddress);
                if (message.localPort != null && Object.hasOwnProperty.call(message, "localPort"))
                    writer.uint32(/* id 16, wireType 0 =*/128).uint32(message.localPort);
                return writer;
            };

            /**
             * Decodes a CbNetConnBlockedMsg message from the specified reader or buffer.
             * @function decode
             * @memberof cbbridge.sensor.CbNetConnBlockedMsg
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cbbridge.sensor.CbNetConnBlockedMsg} CbNetConnBlockedMsg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CbNetConnBlockedMsg.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.cbbridge.sensor.CbNetConnBlockedMsg();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.blockedType = reader.int32();
                            break;
                        }
                    case 2: {
                            message.ipv4Address = reader.uint32();
                            break;
                        }
                    case 3: {
                            message.ipv6LoPart = reader.uint64();
                            break;
                        }
                    case 4: {
                            message.ipv6HiPart = reader.uint64();
                            break;
                        }
                    case 5: {
                            message.port = reader.uint32();
                            break;
                        }
                    case 6: {
                            message.protocol = reader.int32();
                            break;
                        }
                    case 7: {
                            message.utf8_netpath = reader.bytes();
                            break;
                        }
                    case 8: {
                            message.outbound = reader.bool();
                            break;
                        }
                    case 9: {
                            message.proxyConnection = reader.bool();
                            break;
                        }
                    case 10: {
                            message.proxyIpv4Address = reader.uint32();
                            break;
                        }
                    case 11: {
                            message.proxyPort = reader.uint32();
                            break;
                        }
                    case 12: {
                            message.proxyNetPath = reader.string();
                            break;
                        }
                    case 13: {
                            message.remoteIpAddress = reader.uint32();
                            break;
                        }
                    case 14: {
                            message.remotePort = reader.uint32();
                            break;
                        }
                    case 15: {
                            message.localIpAddress = reader.uint32();
                            break;
                        }
                    case 16: {
                            message.localPort = reader.uint32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * ProtocolType enum.
             * @name cbbridge.sensor.CbNetConnBlockedMsg.ProtocolType
             * @enum {number}
             * @property {number} ProtoTcp=6 ProtoTcp value
             * @property {number} ProtoUdp=17 ProtoUdp value
             */
            CbNetConnBlockedMsg.ProtocolType = (function() {
                var valuesById = {}, values = Object.create(valuesById);
                values[valuesById[6] = "ProtoTcp"] = 6;
                values[valuesById[17] = "ProtoUdp"] = 17;
                return values;
            })();

            /**
             * NetconnBlockType enum.
             * @name cbbridge.sensor.CbNetConnBlockedMsg.NetconnBlockType
             * @enum {number}
             * @property {number} NetworkIsolation=1 NetworkIsolation value
             */
            CbNetConnBlockedMsg.NetconnBlockType = (function() {
                var valuesById = {}, values = Object.create(valuesById);
                values[valuesById[1] = "NetworkIsolation"] = 1;
                return values;
            })();

            return CbNetConnBlockedMsg;
        })();

        sensor.CbStatisticsMsg = (function() {

            /**
             * Properties of a CbStatisticsMsg.
             * @memberof cbbridge.sensor
             * @interface ICbStatisticsMsg
             * @property {cbbridge.sensor.ICbLinStatsMsg|null} [lin_stats] CbStatisticsMsg lin_stats
             */

            /**
             * Constructs a new CbStatisticsMsg.
             * @memberof cbbridge.sensor
             * @classdesc Represents a CbStatisticsMsg.
             * @implements ICbStatisticsMsg
             * @constructor
             * @param {cbbridge.sensor.ICbStatisticsMsg=} [properties] Properties to set
             */
            function CbStatisticsMsg(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * CbStatisticsMsg lin_stats.
             * @member {cbbridge.sensor.ICbLinStatsMsg|null|undefined} lin_stats
             * @memberof cbbridge.sensor.CbStatisticsMsg
             * @instance
             */
            CbStatisticsMsg.prototype.lin_stats = null;

            /**
             * Creates a new CbStatisticsMsg instance using the specified properties.
             * @function create
             * @memberof cbbridge.sensor.CbStatisticsMsg
             * @static
             * @param {cbbridge.sensor.ICbStatisticsMsg=} [properties] Properties to set
             * @returns {cbbridge.sensor.CbStatisticsMsg} CbStatisticsMsg instance
             */
            CbStatisticsMsg.create = function create(properties) {
                return new CbStatisticsMsg(properties);
            };

            /**
             * Encodes the specified CbStatisticsMsg message. Does not implicitly {@link cbbridge.sensor.CbStatisticsMsg.verify|verify} messages.
             * @function encode
             * @memberof cbbridge.sensor.CbStatisticsMsg
             * @static
             * @param {cbbridge.sensor.ICbStatisticsMsg} message CbStatisticsMsg message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CbStatisticsMsg.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.lin_stats != null && Object.hasOwnProperty.call(message, "lin_stats"))
                    $root.cbbridge.sensor.CbLinStatsMsg.encode(message.lin_stats, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a CbStatisticsMsg message from the specified reader or buffer.
             * @function decode
             * @memberof cbbridge.sensor.CbStatisticsMsg
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cbbridge.sensor.CbStatisticsMsg} CbStatisticsMsg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CbStatisticsMsg.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.cbbridge.sensor.CbStatisticsMsg();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.lin_stats = $root.cbbridge.sensor.CbLinStatsMsg.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            return CbStatisticsMsg;
        })();

        sensor.CbModuleInfoMsg = (function() {

            /**
             * Properties of a CbModuleInfoMsg.
             * @memberof cbbridge.sensor
             * @interface ICbModuleInfoMsg
             * @property {Uint8Array|null} [md5] CbModuleInfoMsg md5
             * @property {number|null} [CopiedModuleLength] CbModuleInfoMsg CopiedModuleLength
             * @property {Long|null} [OriginalModuleLength] CbModuleInfoMsg OriginalModuleLength
             * @property {string|null} [utf8_FileDescription] CbModuleInfoMsg utf8_FileDescription
             * @property {string|null} [utf8_CompanyName] CbModuleInfoMsg utf8_CompanyName
             * @property {string|null} [utf8_ProductName] CbModuleInfoMsg utf8_ProductName
             * @property {string|null} [utf8_FileVersion] CbModuleInfoMsg utf8_FileVersion
             * @property {string|null} [utf8_Comments] CbModuleInfoMsg utf8_Comments
             * @property {string|null} [utf8_LegalCopyright] CbModuleInfoMsg utf8_LegalCopyright
             * @property {string|null} [utf8_LegalTrademark] CbModuleInfoMsg utf8_LegalTrademark
             * @property {string|null} [utf8_InternalName] CbModuleInfoMsg utf8_InternalName
             * @property {string|null} [utf8_OriginalFileName] CbModuleInfoMsg utf8_OriginalFileName
             * @property {string|null} [utf8_ProductDescription] CbModuleInfoMsg utf8_ProductDescription
             * @property {string|null} [utf8_ProductVersion] CbModuleInfoMsg utf8_ProductVersion
             * @property {string|null} [utf8_PrivateBuild] CbModuleInfoMsg utf8_PrivateBuild
             * @property {string|null} [utf8_SpecialBuild] CbModuleInfoMsg utf8_SpecialBuild
             * @property {string|null} [utf8_DigSig_Publisher] CbModuleInfoMsg utf8_DigSig_Publisher
             * @property {string|null} [utf8_DigSig_ProgramName] CbModuleInfoMsg utf8_DigSig_ProgramName
             * @property {string|null} [utf8_DigSig_IssuerName] CbModuleInfoMsg utf8_DigSig_IssuerName
             * @property {string|null} [utf8_DigSig_SubjectName] CbModuleInfoMsg utf8_DigSig_SubjectName
             * @property {string|null} [utf8_DigSig_Result] CbModuleInfoMsg utf8_DigSig_Result
             * @property {string|null} [utf8_DigSig_ResultCode] CbModuleInfoMsg utf8_DigSig_ResultCode
             * @property {string|null} [utf8_DigSig_SignTime] CbModuleInfoMsg utf8_DigSig_SignTime
             * @property {Uint8Array|null} [Icon] CbModuleInfoMsg Icon
             * @property {Uint8Array|null} [ImageFileHeader] CbModuleInfoMsg ImageFileHeader
             * @property {string|null} [utf8_OnDiskFilename] CbModuleInfoMsg utf8_OnDiskFilename
             * @property {Uint8Array|null} [sha256] CbModuleInfoMsg sha256
             */

            /**
             * Constructs a new CbModuleInfoMsg.
             * @memberof cbbridge.sensor
             * @classdesc Represents a CbModuleInfoMsg.
             * @implements ICbModuleInfoMsg
             * @constructor
             * @param {cbbridge.sensor.ICbModuleInfoMsg=} [properties] Properties to set
             */
            function CbModuleInfoMsg(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * CbModuleInfoMsg md5.
             * @member {Uint8Array} md5
             * @memberof cbbridge.sensor.CbModuleInfoMsg
             * @instance
             */
            CbModuleInfoMsg.prototype.md5 = $util.newBuffer([]);

            /**
             * CbModuleInfoMsg CopiedModuleLength.
             * @member {number} CopiedModuleLength
             * @memberof cbbridge.sensor.CbModuleInfoMsg
             * @instance
             */
            CbModuleInfoMsg.prototype.CopiedModuleLength = 0;

            /**
             * CbModuleInfoMsg OriginalModuleLength.
             * @member {Long} OriginalModuleLength
             * @memberof cbbridge.sensor.CbModuleInfoMsg
             * @instance
             */
            CbModuleInfoMsg.prototype.OriginalModuleLength = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * CbModuleInfoMsg utf8_FileDescription.
             * @member {string} utf8_FileDescription
             * @memberof cbbridge.sensor.CbModuleInfoMsg
             * @instance
             */
            CbModuleInfoMsg.prototype.utf8_FileDescription = "";

            /**
             * CbModuleInfoMsg utf8_CompanyName.
             * @member {string} utf8_CompanyName
             * @memberof cbbridge.sensor.CbModuleInfoMsg
             * @instance
             */
            CbModuleInfoMsg.prototype.utf8_CompanyName = "";

            /**
             * CbModuleInfoMsg utf8_ProductName.
             * @member {string} utf8_ProductName
             * @memberof cbbridge.sensor.CbModuleInfoMsg
             * @instance
             */
            CbModuleInfoMsg.prototype.utf8_ProductName = "";

            /**
             * CbModuleInfoMsg utf8_FileVersion.
             * @member {string} utf8_FileVersion
             * @memberof cbbridge.sensor.CbModuleInfoMsg
             * @instance
             */
            CbModuleInfoMsg.prototype.utf8_FileVersion = "";

            /**
             * CbModuleInfoMsg utf8_Comments.
             * @member {string} utf8_Comments
             * @memberof cbbridge.sensor.CbModuleInfoMsg
             * @instance
             */
            CbModuleInfoMsg.prototype.utf8_Comments = "";

            /**
             * CbModuleInfoMsg utf8_LegalCopyright.
             * @member {string} utf8_LegalCopyright
             * @memberof cbbridge.sensor.CbModuleInfoMsg
             * @instance
             */
            CbModuleInfoMsg.prototype.utf8_LegalCopyright = "";

            /**
             * CbModuleInfoMsg utf8_LegalTrademark.
             * @member {string} utf8_LegalTrademark
             * @memberof cbbridge.sensor.CbModuleInfoMsg
             * @instance
             */
            CbModuleInfoMsg.prototype.utf8_LegalTrademark = "";

            /**
             * CbModuleInfoMsg utf8_InternalName.
             * @member {string} utf8_InternalName
             * @memberof cbbridge.sensor.CbModuleInfoMsg
             * @instance
             */
            CbModuleInfoMsg.prototype.utf8_InternalName = "";

            /**
             * CbModuleInfoMsg utf8_OriginalFileName.
             * @member {string} utf8_OriginalFileName
             * @memberof cbbridge.sensor.CbModuleInfoMsg
             * @instance
             */
            CbModuleInfoMsg.prototype.utf8_OriginalFileName = "";

            /**
             * CbModuleInfoMsg utf8_ProductDescription.
             * @member {string} utf8_ProductDescription
             * @memberof cbbridge.sensor.CbModuleInfoMsg
             * @instance
             */
            CbModuleInfoMsg.prototype.utf8_ProductDescription = "";

            /**
             * CbModuleInfoMsg utf8_ProductVersion.
             * @member {string} utf8_ProductVersion
             * @memberof cbbridge.sensor.CbModuleInfoMsg
             * @instance
             */
            CbModuleInfoMsg.prototype.utf8_ProductVersion = "";

            /**
             * CbModuleInfoMsg utf8_PrivateBuild.
             * @member {string} utf8_PrivateBuild
             * @memberof cbbridge.sensor.CbModuleInfoMsg
             * @instance
             */
            CbModuleInfoMsg.prototype.utf8_PrivateBuild = "";

            /**
             * CbModuleInfoMsg utf8_SpecialBuild.
             * @member {string} utf8_SpecialBuild
             * @memberof cbbridge.sensor.CbModuleInfoMsg
             * @instance
             */
            CbModuleInfoMsg.prototype.utf8_SpecialBuild = "";

            /**
             * CbModuleInfoMsg utf8_DigSig_Publisher.
             * @member {string} utf8_DigSig_Publisher
             * @memberof cbbridge.sensor.CbModuleInfoMsg
             * @instance
             */
            CbModuleInfoMsg.prototype.utf8_DigSig_Publisher = "";

            /**
             * CbModuleInfoMsg utf8_DigSig_ProgramName.
             * @member {string} utf8_DigSig_ProgramName
             * @memberof cbbridge.sensor.CbModuleInfoMsg
             * @instance
             */
            CbModuleInfoMsg.prototype.utf8_DigSig_ProgramName = "";

            /**
             * CbModuleInfoMsg utf8_DigSig_IssuerName.
             * @member {string} utf8_DigSig_IssuerName
             * @memberof cbbridge.sensor.CbModuleInfoMsg
             * @instance
             */
            CbModuleInfoMsg.prototype.utf8_DigSig_IssuerName = "";

            /**
             * CbModuleInfoMsg utf8_DigSig_SubjectName.
             * @member {string} utf8_DigSig_SubjectName
             * @memberof cbbridge.sensor.CbModuleInfoMsg
             * @instance
             */
            CbModuleInfoMsg.prototype.utf8_DigSig_SubjectName = "";

            /**
             * CbModuleInfoMsg utf8_DigSig_Result.
             * @member {string} utf8_DigSig_Result
             * @memberof cbbridge.sensor.CbModuleInfoMsg
             * @instance
             */
            CbModuleInfoMsg.prototype.utf8_DigSig_Result = "";

            /**
             * CbModuleInfoMsg utf8_DigSig_ResultCode.
             * @member {string} utf8_DigSig_ResultCode
             * @memberof cbbridge.sensor.CbModuleInfoMsg
             * @instance
             */
            CbModuleInfoMsg.prototype.utf8_DigSig_ResultCode = "";

            /**
             * CbModuleInfoMsg utf8_DigSig_SignTime.
             * @member {string} utf8_DigSig_SignTime
             * @memberof cbbridge.sensor.CbModuleInfoMsg
             * @instance
             */
            CbModuleInfoMsg.prototype.utf8_DigSig_SignTime = "";

            /**
             * CbModuleInfoMsg Icon.
             * @member {Uint8Array} Icon
             * @memberof cbbridge.sensor.CbModuleInfoMsg
             * @instance
             */
            CbModuleInfoMsg.prototype.Icon = $util.newBuffer([]);

            /**
             * CbModuleInfoMsg ImageFileHeader.
             * @member {Uint8Array} ImageFileHeader
             * @memberof cbbridge.sensor.CbModuleInfoMsg
             * @instance
             */
            CbModuleInfoMsg.prototype.ImageFileHeader = $util.newBuffer([]);

            /**
             * CbModuleInfoMsg utf8_OnDiskFilename.
             * @member {string} utf8_OnDiskFilename
             * @memberof cbbridge.sensor.CbModuleInfoMsg
             * @instance
             */
            CbModuleInfoMsg.prototype.utf8_OnDiskFilename = "";

            /**
             * CbModuleInfoMsg sha256.
             * @member {Uint8Array} sha256
             * @memberof cbbridge.sensor.CbModuleInfoMsg
             * @instance
             */
            CbModuleInfoMsg.prototype.sha256 = $util.newBuffer([]);

            /**
             * Creates a new CbModuleInfoMsg instance using the specified properties.
             * @function create
             * @memberof cbbridge.sensor.CbModuleInfoMsg
             * @static
             * @param {cbbridge.sensor.ICbModuleInfoMsg=} [properties] Properties to set
             * @returns {cbbridge.sensor.CbModuleInfoMsg} CbModuleInfoMsg instance
             */
            CbModuleInfoMsg.create = function create(properties) {
                return new CbModuleInfoMsg(properties);
            };

            /**
             * Encodes the specified CbModuleInfoMsg message. Does not implicitly {@link cbbridge.sensor.CbModuleInfoMsg.verify|verify} messages.
             * @function encode
             * @memberof cbbridge.sensor.CbModuleInfoMsg
             * @static
             * @param {cbbridge.sensor.ICbModuleInfoMsg} message CbModuleInfoMsg message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CbModuleInfoMsg.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.md5 != null && Object.hasOwnProperty.call(message, "md5"))
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.md5);
                if (message.CopiedModuleLength != null && Object.hasOwnProperty.call(message, "CopiedModuleLength"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.CopiedModuleLength);
                if (message.OriginalModuleLength != null && Object.hasOwnProperty.call(message, "OriginalModuleLength"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.OriginalModuleLength);
                if (message.utf8_FileDescription != null && Object.hasOwnProperty.call(message, "utf8_FileDescription"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.utf8_FileDescription);
                if (message.utf8_CompanyName != null && Object.hasOwnProperty.call(message, "utf8_CompanyName"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.utf8_CompanyName);
                if (message.utf8_ProductName != null && Object.hasOwnProperty.call(message, "utf8_ProductName"))
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.utf8_ProductName);
                if (message.utf8_FileVersion != null && Object.hasOwnProperty.call(message, "utf8_FileVersion"))
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.utf8_FileVersion);
                if (message.utf8_Comments != null && Object.hasOwnProperty.call(message, "utf8_Comments"))
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.utf8_Comments);
                if (message.utf8_LegalCopyright != null && Object.hasOwnProperty.call(message, "utf8_LegalCopyright"))
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.utf8_LegalCopyright);
                if (message.utf8_LegalTrademark != null && Object.hasOwnProperty.call(message, "utf8_LegalTrademark"))
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.utf8_LegalTrademark);
                if (message.utf8_InternalName != null && Object.hasOwnProperty.call(message, "utf8_InternalName"))
                    writer.uint32(/* id 11, wireType 2 =*/90).string(message.utf8_InternalName);
                if (message.utf8_OriginalFileName != null && Object.hasOwnProperty.call(message, "utf8_OriginalFileName"))
                    writer.uint32(/* id 12, wireType 2 =*/98).string(message.utf8_OriginalFileName);
                if (message.utf8_ProductDescription != null && Object.hasOwnProperty.call(message, "utf8_ProductDescription"))
                    writer.uint32(/* id 13, wireType 2 =*/106).string(message.utf8_ProductDescription);
                if (message.utf8_ProductVersion != null && Object.hasOwnProperty.call(message, "utf8_ProductVersion"))
                    writer.uint32(/* id 14, wireType 2 =*/114).string(message.utf8_ProductVersion);
                if (message.utf8_PrivateBuild != null && Object.hasOwnProperty.call(message, "utf8_PrivateBuild"))
                    writer.uint32(/* id 15, wireType 2 =*/122).string(message.utf8_PrivateBuild);
                if (message.utf8_SpecialBuild != null && Object.hasOwnProperty.call(message, "utf8_SpecialBuild"))
                    writer.uint32(/* id 16, wireType 2 =*/130).string(message.utf8_SpecialBuild);
                if (message.utf8_DigSig_Publisher != null && Object.hasOwnProperty.call(message, "utf8_DigSig_Publisher"))
                    writer.uint32(/* id 17, wireType 2 =*/138).string(message.utf8_DigSig_Publisher);
                if (message.utf8_DigSig_ProgramName != null && Object.hasOwnProperty.call(message, "utf8_DigSig_ProgramName"))
                    writer.uint32(/* id 18, wireType 2 =*/146).string(message.utf8_DigSig_ProgramName);
                if (message.utf8_DigSig_IssuerName != null && Object.hasOwnProperty.call(message, "utf8_DigSig_IssuerName"))
                    writer.uint32(/* id 19, wireType 2 =*/154).string(message.utf8_DigSig_IssuerName);
                if (message.utf8_DigSig_SubjectName != null && Object.hasOwnProperty.call(message, "utf8_DigSig_SubjectName"))
                    writer.uint32(/* id 20, wireType 2 =*/162).string(message.utf8_DigSig_SubjectName);
                if (message.utf8_DigSig_Result != null && Object.hasOwnProperty.call(message, "utf8_DigSig_Result"))
                    writer.uint32(/* id 21, wireType 2 =*/170).string(message.utf8_DigSig_Result);
                if (message.utf8_DigSig_ResultCode != null && Object.hasOwnProperty.call(message, "utf8_DigSig_ResultCode"))
                    writer.uint32(/* id 22, wireType 2 =*/178).string(message.utf8_DigSig_ResultCode);
                if (message.utf8_DigSig_SignTime != null && Object.hasOwnProperty.call(message, "utf8_DigSig_SignTime"))
                    writer.uint32(/* id 23, wireType 2 =*/186).string(message.utf8_DigSig_SignTime);
                if (message.Icon != null && Object.hasOwnProperty.call(message, "Icon"))
                    writer.uint32(/* id 24, wireType 2 =*/194).bytes(message.Icon);
                if (message.ImageFileHeader != null && Object.hasOwnProperty.call(message, "ImageFileHeader"))
                    writer.uint32(/* id 25, wireType 2 =*/202).bytes(message.ImageFileHeader);
                if (message.utf8_OnDiskFilename != null && Object.hasOwnProperty.call(message, "utf8_OnDiskFilename"))
                    writer.uint32(/* id 26, wireType 2 =*/210).string(message.utf8_OnDiskFilename);
                if (message.sha256 != null && Object.hasOwnProperty.call(message, "sha256"))
                    writer.uint32(/* id 27, wireType 2 =*/218).bytes(message.sha256);
                return writer;
            };

            /**
             * Decodes a CbModuleInfoMsg message from the specified reader or buffer.
             * @function decode
             * @memberof cbbridge.sensor.CbModuleInfoMsg
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cbbridge.sensor.CbModuleInfoMsg} CbModuleInfoMsg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CbModuleInfoMsg.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.cbbridge.sensor.CbModuleInfoMsg();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.md5 = reader.bytes();
                            break;
                        }
                    case 2: {
                            message.CopiedModuleLength = reader.uint32();
                            break;
                        }
                    case 3: {
                            message.OriginalModuleLength = reader.uint64();
                            break;
                        }
                    case 4: {
                            message.utf8_FileDescription = reader.string();
                            break;
                        }
                    case 5: {
                            message.utf8_CompanyName = reader.string();
                            break;
                        }
                    case 6: {
                            message.utf8_ProductName = reader.string();
                            break;
                        }
                    case 7: {
                            message.utf8_FileVersion = reader.string();
                            break;
                        }
                    case 8: {
                            message.utf8_Comments = reader.string();
                            break;
                        }
                    case 9: {
                            message.utf8_LegalCopyright = reader.string();
                            break;
                        }
                    case 10: {
                            message.utf8_LegalTrademark = reader.string();
                            break;
                        }
                    case 11: {
                            message.utf8_InternalName = reader.string();
                            break;
                        }
                    case 12: {
                            message.utf8_OriginalFileName = reader.string();
                            break;
                        }
                    case 13: {
                            message.utf8_ProductDescription = reader.string();
                            break;
                        }
                    case 14: {
                            message.utf8_ProductVersion = reader.string();
                            break;
                        }
                    case 15: {
                            message.utf8_PrivateBuild = reader.string();
                            break;
                        }
                    case 16: {
                            message.utf8_SpecialBuild = reader.string();
                            break;
                        }
                    case 17: {
                            message.utf8_DigSig_Publisher = reader.string();
                            break;
                        }
                    case 18: {
                            message.utf8_DigSig_ProgramName = reader.string();
                            break;
                        }
                    case 19: {
                            message.utf8_DigSig_IssuerName = reader.string();
                            break;
                        }
                    case 20: {
                            message.utf8_DigSig_SubjectName = reader.string();
                            break;
                        }
                    case 21: {
                            message.utf8_DigSig_Result = reader.string();
                            break;
                        }
                    case 22: {
                            message.utf8_DigSig_ResultCode = reader.string();
                            break;
                        }
                    case 23: {
                            message.utf8_DigSig_SignTime = reader.string();
                            break;
                        }
                    case 24: {
                            message.Icon = reader.bytes();
                            break;
                        }
                    case 25: {
                            message.ImageFileHeader = reader.bytes();
                            break;
                        }
                    case 26: {
                            message.utf8_OnDiskFilename = reader.string();
                            break;
                        }
                    case 27: {
                            message.sha256 = reader.bytes();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            return CbModuleInfoMsg;
        })();

        sensor.CbVtWriteMsg = (function() {

            /**
             * Properties of a CbVtWriteMsg.
             * @memberof cbbridge.sensor
             * @interface ICbVtWriteMsg
             * @property {Uint8Array|null} [WritingProcessExeMd5] CbVtWriteMsg WritingProcessExeMd5
             * @property {Uint8Array|null} [FileWrittenMd5] CbVtWriteMsg FileWrittenMd5
             * @property {boolean|null} [FileWrittenIsPeModuleHint] CbVtWriteMsg FileWrittenIsPeModuleHint
             * @property {string|null} [WritingProcessFilename] CbVtWriteMsg WritingProcessFilename
             * @property {string|null} [FileWrittenFilename] CbVtWriteMsg FileWrittenFilename
             * @property {Uint8Array|null} [FileWrittenSha256] CbVtWriteMsg FileWrittenSha256
             */

            /**
             * Constructs a new CbVtWriteMsg.
             * @memberof cbbridge.sensor
             * @classdesc Represents a CbVtWriteMsg.
             * @implements ICbVtWriteMsg
             * @constructor
             * @param {cbbridge.sensor.ICbVtWriteMsg=} [properties] Properties to set
             */
            function CbVtWriteMsg(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * CbVtWriteMsg WritingProcessExeMd5.
             * @member {Uint8Array} WritingProcessExeMd5
             * @memberof cbbridge.sensor.CbVtWriteMsg
             * @instance
             */
            CbVtWriteMsg.prototype.WritingProcessExeMd5 = $util.newBuffer([]);

            /**
             * CbVtWriteMsg FileWrittenMd5.
             * @member {Uint8Array} FileWrittenMd5
             * @memberof cbbridge.sensor.CbVtWriteMsg
             * @instance
             */
            CbVtWriteMsg.prototype.FileWrittenMd5 = $util.newBuffer([]);

            /**
             * CbVtWriteMsg FileWrittenIsPeModuleHint.
             * @member {boolean} FileWrittenIsPeModuleHint
             * @memberof cbbridge.sensor.CbVtWriteMsg
             * @instance
             */
            CbVtWriteMsg.prototype.FileWrittenIsPeModuleHint = false;

            /**
             * CbVtWriteMsg WritingProcessFilename.
             * @member {string} WritingProcessFilename
             * @memberof cbbridge.sensor.CbVtWriteMsg
             * @instance
             */
            CbVtWriteMsg.prototype.WritingProcessFilename = "";

            /**
             * CbVtWriteMsg FileWrittenFilename.
             * @member {string} FileWrittenFilename
             * @memberof cbbridge.sensor.CbVtWriteMsg
             * @instance
             */
            CbVtWriteMsg.prototype.FileWrittenFilename = "";

            /**
             * CbVtWriteMsg FileWrittenSha256.
             * @member {Uint8Array} FileWrittenSha256
             * @memberof cbbridge.sensor.CbVtWriteMsg
             * @instance
             */
            CbVtWriteMsg.prototype.FileWrittenSha256 = $util.newBuffer([]);

            /**
             * Creates a new CbVtWriteMsg instance using the specified properties.
             * @function create
             * @memberof cbbridge.sensor.CbVtWriteMsg
             * @static
             * @param {cbbridge.sensor.ICbVtWriteMsg=} [properties] Properties to set
             * @returns {cbbridge.sensor.CbVtWriteMsg} CbVtWriteMsg instance
             */
            CbVtWriteMsg.create = function create(properties) {
                return new CbVtWriteMsg(properties);
            };

            /**
             * Encodes the specified CbVtWriteMsg message. Does not implicitly {@link cbbridge.sensor.CbVtWriteMsg.verify|verify} messages.
             * @function encode
             * @memberof cbbridge.sensor.CbVtWriteMsg
             * @static
             * @param {cbbridge.sensor.ICbVtWriteMsg} message CbVtWriteMsg message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CbVtWriteMsg.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.WritingProcessExeMd5 != null && Object.hasOwnProperty.call(message, "WritingProcessExeMd5"))
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.WritingProcessExeMd5);
                if (message.FileWrittenMd5 != null && Object.hasOwnProperty.call(message, "FileWrittenMd5"))
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.FileWrittenMd5);
                if (message.FileWrittenIsPeModuleHint != null && Object.hasOwnProperty.call(message, "FileWrittenIsPeModuleHint"))
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.FileWrittenIsPeModuleHint);
                if (message.WritingProcessFilename != null && Object.hasOwnProperty.call(message, "WritingProcessFilename"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.WritingProcessFilename);
                if (message.FileWrittenFilename != null && Object.hasOwnProperty.call(message, "FileWrittenFilename"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.FileWrittenFilename);
                if (message.FileWrittenSha256 != null && Object.hasOwnProperty.call(message, "FileWrittenSha256"))
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.FileWrittenSha256);
                return writer;
            };

            /**
             * Decodes a CbVtWriteMsg message from the specified reader or buffer.
             * @function decode
             * @memberof cbbridge.sensor.CbVtWriteMsg
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cbbridge.sensor.CbVtWriteMsg} CbVtWriteMsg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CbVtWriteMsg.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.cbbridge.sensor.CbVtWriteMsg();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.WritingProcessExeMd5 = reader.bytes();
                            break;
                        }
                    case 2: {
                            message.FileWrittenMd5 = reader.bytes();
                            break;
                        }
                    case 3: {
                            message.FileWrittenIsPeModuleHint = reader.bool();
                            break;
                        }
                    case 4: {
                            message.WritingProcessFilename = reader.string();
                            break;
                        }
                    case 5: {
                            message.FileWrittenFilename = reader.string();
                            break;
                        }
                    case 6: {
                            message.FileWrittenSha256 = reader.bytes();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            return CbVtWriteMsg;
        })();

        sensor.CbVtLoadMsg = (function() {

            /**
             * Properties of a CbVtLoadMsg.
             * @memberof cbbridge.sensor
             * @interface ICbVtLoadMsg
             * @property {Uint8Array|null} [LoaderProcessExeMd5] CbVtLoadMsg LoaderProcessExeMd5
             * @property {Uint8Array|null} [LoadedModuleMd5] CbVtLoadMsg LoadedModuleMd5
             */

            /**
             * Constructs a new CbVtLoadMsg.
             * @memberof cbbridge.sensor
             * @classdesc Represents a CbVtLoadMsg.
             * @implements ICbVtLoadMsg
             * @constructor
             * @param {cbbridge.sensor.ICbVtLoadMsg=} [properties] Properties to set
             */
            function CbVtLoadMsg(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * CbVtLoadMsg LoaderProcessExeMd5.
             * @member {Uint8Array} LoaderProcessExeMd5
             * @memberof cbbridge.sensor.CbVtLoadMsg
             * @instance
             */
            CbVtLoadMsg.prototype.LoaderProcessExeMd5 = $util.newBuffer([]);

            /**
             * CbVtLoadMsg LoadedModuleMd5.
             * @member {Uint8Array} LoadedModuleMd5
             * @memberof cbbridge.sensor.CbVtLoadMsg
             * @instance
             */
            CbVtLoadMsg.prototype.LoadedModuleMd5 = $util.newBuffer([]);

            /**
             * Creates a new CbVtLoadMsg instance using the specified properties.
             * @function create
             * @memberof cbbridge.sensor.CbVtLoadMsg
             * @static
             * @param {cbbridge.sensor.ICbVtLoadMsg=} [properties] Properties to set
             * @returns {cbbridge.sensor.CbVtLoadMsg} CbVtLoadMsg instance
             */
            CbVtLoadMsg.create = function create(properties) {
                return new CbVtLoadMsg(properties);
            };

            /**
             * Encodes the specified CbVtLoadMsg message. Does not implicitly {@link cbbridge.sensor.CbVtLoadMsg.verify|verify} messages.
             * @function encode
             * @memberof cbbridge.sensor.CbVtLoadMsg
             * @static
             * @param {cbbridge.sensor.ICbVtLoadMsg} message CbVtLoadMsg message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CbVtLoadMsg.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.LoaderProcessExeMd5 != null && Object.hasOwnProperty.call(message, "LoaderProcessExeMd5"))
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.LoaderProcessExeMd5);
                if (message.LoadedModuleMd5 != null && Object.hasOwnProperty.call(message, "LoadedModuleMd5"))
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.LoadedModuleMd5);
                return writer;
            };

            /**
             * Decodes a CbVtLoadMsg message from the specified reader or buffer.
             * @function decode
             * @memberof cbbridge.sensor.CbVtLoadMsg
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cbbridge.sensor.CbVtLoadMsg} CbVtLoadMsg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CbVtLoadMsg.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.cbbridge.sensor.CbVtLoadMsg();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.LoaderProcessExeMd5 = reader.bytes();
                            break;
                        }
                    case 2: {
                            message.LoadedModuleMd5 = reader.bytes();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            return CbVtLoadMsg;
        })();

        sensor.CbEndpointEnvironmentMsg = (function() {

            /**
             * Properties of a CbEndpointEnvironmentMsg.
             * @memberof cbbridge.sensor
             * @interface ICbEndpointEnvironmentMsg
             * @property {number|null} [SensorId] CbEndpointEnvironmentMsg SensorId
             * @property {string|null} [SensorHostName] CbEndpointEnvironmentMsg SensorHostName
             * @property {Long|null} [HostId] CbEndpointEnvironmentMsg HostId
             */

            /**
             * Constructs a new CbEndpointEnvironmentMsg.
             * @memberof cbbridge.sensor
             * @classdesc Represents a CbEndpointEnvironmentMsg.
             * @implements ICbEndpointEnvironmentMsg
             * @constructor
             * @param {cbbridge.sensor.ICbEndpointEnvironmentMsg=} [properties] Properties to set
             */
            function CbEndpointEnvironmentMsg(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * CbEndpointEnvironmentMsg SensorId.
             * @member {number} SensorId
             * @memberof cbbridge.sensor.CbEndpointEnvironmentMsg
             * @instance
             */
            CbEndpointEnvironmentMsg.prototype.SensorId = 0;

            /**
             * CbEndpointEnvironmentMsg SensorHostName.
             * @member {string} SensorHostName
             * @memberof cbbridge.sensor.CbEndpointEnvironmentMsg
             * @instance
             */
            CbEndpointEnvironmentMsg.prototype.SensorHostName = "";

            /**
             * CbEndpointEnvironmentMsg HostId.
             * @member {Long} HostId
             * @memberof cbbridge.sensor.CbEndpointEnvironmentMsg
             * @instance
             */
            CbEndpointEnvironmentMsg.prototype.HostId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new CbEndpointEnvironmentMsg instance using the specified properties.
             * @function create
             * @memberof cbbridge.sensor.CbEndpointEnvironmentMsg
             * @static
             * @param {cbbridge.sensor.ICbEndpointEnvironmentMsg=} [properties] Properties to set
             * @returns {cbbridge.sensor.CbEndpointEnvironmentMsg} CbEndpointEnvironmentMsg instance
             */
            CbEndpointEnvironmentMsg.create = function create(properties) {
                return new CbEndpointEnvironmentMsg(properties);
            };

            /**
             * Encodes the specified CbEndpointEnvironmentMsg message. Does not implicitly {@link cbbridge.sensor.CbEndpointEnvironmentMsg.verify|verify} messages.
             * @function encode
             * @memberof cbbridge.sensor.CbEndpointEnvironmentMsg
             * @static
             * @param {cbbridge.sensor.ICbEndpointEnvironmentMsg} message CbEndpointEnvironmentMsg message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CbEndpointEnvironmentMsg.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.SensorId != null && Object.hasOwnProperty.call(message, "SensorId"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.SensorId);
                if (message.SensorHostName != null && Object.hasOwnProperty.call(message, "SensorHostName"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.SensorHostName);
                if (message.HostId != null && Object.hasOwnProperty.call(message, "HostId"))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.HostId);
                return writer;
            };

            /**
             * Decodes a CbEndpointEnvironmentMsg message from the specified reader or buffer.
             * @function decode
             * @memberof cbbridge.sensor.CbEndpointEnvironmentMsg
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cbbridge.sensor.CbEndpointEnvironmentMsg} CbEndpointEnvironmentMsg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CbEndpointEnvironmentMsg.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.cbbridge.sensor.CbEndpointEnvironmentMsg();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.SensorId = reader.int32();
                            break;
                        }
                    case 2: {
                            message.SensorHostName = reader.string();
                            break;
                        }
                    case 3: {
                            message.HostId = reader.int64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            return CbEndpointEnvironmentMsg;
        })();

        sensor.CbServerEnvironmentMsg = (function() {

            /**
             * Properties of a CbServerEnvironmentMsg.
             * @memberof cbbridge.sensor
             * @interface ICbServerEnvironmentMsg
             * @property {number|null} [NodeId] CbServerEnvironmentMsg NodeId
             */

            /**
             * Constructs a new CbServerEnvironmentMsg.
             * @memberof cbbridge.sensor
             * @classdesc Represents a CbServerEnvironmentMsg.
             * @implements ICbServerEnvironmentMsg
             * @constructor
             * @param {cbbridge.sensor.ICbServerEnvironmentMsg=} [properties] Properties to set
             */
            function CbServerEnvironmentMsg(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * CbServerEnvironmentMsg NodeId.
             * @member {number} NodeId
             * @memberof cbbridge.sensor.CbServerEnvironmentMsg
             * @instance
             */
            CbServerEnvironmentMsg.prototype.NodeId = 0;

            /**
             * Creates a new CbServerEnvironmentMsg instance using the specified properties.
             * @function create
             * @memberof cbbridge.sensor.CbServerEnvironmentMsg
             * @static
             * @param {cbbridge.sensor.ICbServerEnvironmentMsg=} [properties] Properties to set
             * @returns {cbbridge.sensor.CbServerEnvironmentMsg} CbServerEnvironmentMsg instance
             */
            CbServerEnvironmentMsg.create = function create(properties) {
                return new CbServerEnvironmentMsg(properties);
            };

            /**
             * Encodes the specified CbServerEnvironmentMsg message. Does not implicitly {@link cbbridge.sensor.CbServerEnvironmentMsg.verify|verify} messages.
             * @function encode
             * @memberof cbbridge.sensor.CbServerEnvironmentMsg
             * @static
             * @param {cbbridge.sensor.ICbServerEnvironmentMsg} message CbServerEnvironmentMsg message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CbServerEnvironmentMsg.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.NodeId != null && Object.hasOwnProperty.call(message, "NodeId"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.NodeId);
                return writer;
            };

            /**
             * Decodes a CbServerEnvironmentMsg message from the specified reader or buffer.
             * @function decode
             * @memberof cbbridge.sensor.CbServerEnvironmentMsg
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cbbridge.sensor.CbServerEnvironmentMsg} CbServerEnvironmentMsg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CbServerEnvironmentMsg.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.cbbridge.sensor.CbServerEnvironmentMsg();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.NodeId = reader.int32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            return CbServerEnvironmentMsg;
        })();

        sensor.CbEnvironmentMsg = (function() {

            /**
             * Properties of a CbEnvironmentMsg.
             * @memberof cbbridge.sensor
             * @interface ICbEnvironmentMsg
             * @property {cbbridge.sensor.ICbEndpointEnvironmentMsg|null} [endpoint] CbEnvironmentMsg endpoint
             * @property {cbbridge.sensor.ICbServerEnvironmentMsg|null} [server] CbEnvironmentMsg server
             */

            /**
             * Constructs a new CbEnvironmentMsg.
             * @memberof cbbridge.sensor
             * @classdesc Represents a CbEnvironmentMsg.
             * @implements ICbEnvironmentMsg
             * @constructor
             * @param {cbbridge.sensor.ICbEnvironmentMsg=} [properties] Properties to set
             */
            function CbEnvironmentMsg(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * CbEnvironmentMsg endpoint.
             * @member {cbbridge.sensor.ICbEndpointEnvironmentMsg|null|undefined} endpoint
             * @memberof cbbridge.sensor.CbEnvironmentMsg
             * @instance
             */
            CbEnvironmentMsg.prototype.endpoint = null;

            /**
             * CbEnvironmentMsg server.
             * @member {cbbridge.sensor.ICbServerEnvironmentMsg|null|undefined} server
             * @memberof cbbridge.sensor.CbEnvironmentMsg
             * @instance
             */
            CbEnvironmentMsg.prototype.server = null;

            /**
             * Creates a new CbEnvironmentMsg instance using the specified properties.
             * @function create
             * @memberof cbbridge.sensor.CbEnvironmentMsg
             * @static
             * @param {cbbridge.sensor.ICbEnvironmentMsg=} [properties] Properties to set
             * @returns {cbbridge.sensor.CbEnvironmentMsg} CbEnvironmentMsg instance
             */
            CbEnvironmentMsg.create = function create(properties) {
                return new CbEnvironmentMsg(properties);
            };

            /**
             * Encodes the specified CbEnvironmentMsg message. Does not implicitly {@link cbbridge.sensor.CbEnvironmentMsg.verify|verify} messages.
             * @function encode
             * @memberof cbbridge.sensor.CbEnvironmentMsg
             * @static
             * @param {cbbridge.sensor.ICbEnvironmentMsg} message CbEnvironmentMsg message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CbEnvironmentMsg.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.endpoint != null && Object.hasOwnProperty.call(message, "endpoint"))
                    $root.cbbridge.sensor.CbEndpointEnvironmentMsg.encode(message.endpoint, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (message.server != null && Object.hasOwnProperty.call(message, "server"))
                    $root.cbbridge.sensor.CbServerEnvironmentMsg.encode(message.server, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a CbEnvironmentMsg message from the specified reader or buffer.
             * @function decode
             * @memberof cbbridge.sensor.CbEnvironmentMsg
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cbbridge.sensor.CbEnvironmentMsg} CbEnvironmentMsg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CbEnvironmentMsg.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.cbbridge.sensor.CbEnvironmentMsg();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.endpoint = $root.cbbridge.sensor.CbEndpointEnvironmentMsg.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 2: {
                            message.server = $root.cbbridge.sensor.CbServerEnvironmentMsg.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            return CbEnvironmentMsg;
        })();

        sensor.CbTamperAlertMsg = (function() {

            /**
             * Properties of a CbTamperAlertMsg.
             * @memberof cbbridge.sensor
             * @interface ICbTamperAlertMsg
             * @property {cbbridge.sensor.CbTamperAlertMsg.CbTamperAlertType|null} [type] CbTamperAlertMsg type
             * @property {boolean|null} [tamper_sent] CbTamperAlertMsg tamper_sent
             */

            /**
             * Constructs a new CbTamperAlertMsg.
             * @memberof cbbridge.sensor
             * @classdesc Represents a CbTamperAlertMsg.
             * @implements ICbTamperAlertMsg
             * @constructor
             * @param {cbbridge.sensor.ICbTamperAlertMsg=} [properties] Properties to set
             */
            function CbTamperAlertMsg(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * CbTamperAlertMsg type.
             * @member {cbbridge.sensor.CbTamperAlertMsg.CbTamperAlertType} type
             * @memberof cbbridge.sensor.CbTamperAlertMsg
             * @instance
             */
            CbTamperAlertMsg.prototype.type = 1;

            /**
             * CbTamperAlertMsg tamper_sent.
             * @member {boolean} tamper_sent
             * @memberof cbbridge.sensor.CbTamperAlertMsg
             * @instance
             */
            CbTamperAlertMsg.prototype.tamper_sent = false;

            /**
             * Creates a new CbTamperAlertMsg instance using the specified properties.
             * @function create
             * @memberof cbbridge.sensor.CbTamperAlertMsg
             * @static
             * @param {cbbridge.sensor.ICbTamperAlertMsg=} [properties] Properties to set
             * @returns {cbbridge.sensor.CbTamperAlertMsg} CbTamperAlertMsg instance
             */
            CbTamperAlertMsg.create = function create(properties) {
                return new CbTamperAlertMsg(properties);
            };

            /**
             * Encodes the specified CbTamperAlertMsg message. Does not implicitly {@link cbbridge.sensor.CbTamperAlertMsg.verify|verify} messages.
             * @function encode
             * @memberof cbbridge.sensor.CbTamperAlertMsg
             * @static
             * @param {cbbridge.sensor.ICbTamperAlertMsg} message CbTamperAlertMsg message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CbTamperAlertMsg.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.type != null && Object.hasOwnProperty.call(message, "type"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.type);
                if (message.tamper_sent != null && Object.hasOwnProperty.call(message, "tamper_sent"))
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.tamper_sent);
                return writer;
            };

            /**
             * Decodes a CbTamperAlertMsg message from the specified reader or buffer.
             * @function decode
             * @memberof cbbridge.sensor.CbTamperAlertMsg
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cbbridge.sensor.CbTamperAlertMsg} CbTamperAlertMsg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CbTamperAlertMsg.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.cbbridge.sensor.CbTamperAlertMsg();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.type = reader.int32();
                            break;
                        }
                    case 2: {
                            message.tamper_sent = reader.bool();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * CbTamperAlertType enum.
             * @name cbbridge.sensor.CbTamperAlertMsg.CbTamperAlertType
             * @enum {number}
             * @property {number} AlertCoreDriverUnloaded=1 AlertCoreDriverUnloaded value
             * @property {number} AlertNetworkDriverUnloaded=2 AlertNetworkDriverUnloaded value
             * @property {number} AlertCbServiceStopped=3 AlertCbServiceStopped value
             * @property {number} AlertCbProcessTerminated=4 AlertCbProcessTerminated value
             * @property {number} AlertCbCodeInjection=5 AlertCbCodeInjection value
             */
            CbTamperAlertMsg.CbTamperAlertType = (function() {
                var valuesById = {}, values = Object.create(valuesById);
                values[valuesById[1] = "AlertCoreDriverUnloaded"] = 1;
                values[valuesById[2] = "AlertNetworkDriverUnloaded"] = 2;
                values[valuesById[3] = "AlertCbServiceStopped"] = 3;
                values[valuesById[4] = "AlertCbProcessTerminated"] = 4;
                values[valuesById[5] = "AlertCbCodeInjection"] = 5;
                return values;
            })();

            return CbTamperAlertMsg;
        })();

        sensor.CbEmetMitigationAction = (function() {

            /**
             * Properties of a CbEmetMitigationAction.
             * @memberof cbbridge.sensor
             * @interface ICbEmetMitigationAction
             * @property {cbbridge.sensor.CbEmetMitigationAction.CbEmetMitigationTypes|null} [mitigationType] CbEmetMitigationAction mitigationType
             */

            /**
             * Constructs a new CbEmetMitigationAction.
             * @memberof cbbridge.sensor
             * @classdesc Represents a CbEmetMitigationAction.
             * @implements ICbEmetMitigationAction
             * @constructor
             * @param {cbbridge.sensor.ICbEmetMitigationAction=} [properties] Properties to set
             */
            function CbEmetMitigationAction(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * CbEmetMitigationAction mitigationType.
             * @member {cbbridge.sensor.CbEmetMitigationAction.CbEmetMitigationTypes} mitigationType
             * @memberof cbbridge.sensor.CbEmetMitigationAction
             * @instance
             */
            CbEmetMitigationAction.prototype.mitigationType = 1;

            /**
             * Creates a new CbEmetMitigationAction instance using the specified properties.
             * @function create
             * @memberof cbbridge.sensor.CbEmetMitigationAction
             * @static
             * @param {cbbridge.sensor.ICbEmetMitigationAction=} [properties] Properties to set
             * @returns {cbbridge.sensor.CbEmetMitigationAction} CbEmetMitigationAction instance
             */
            CbEmetMitigationAction.create = function create(properties) {
                return new CbEmetMitigationAction(properties);
            };

            /**
             * Encodes the specified CbEmetMitigationAction message. Does not implicitly {@link cbbridge.sensor.CbEmetMitigationAction.verify|verify} messages.
             * @function encode
             * @memberof cbbridge.sensor.CbEmetMitigationAction
             * @static
             * @param {cbbridge.sensor.ICbEmetMitigationAction} message CbEmetMitigationAction message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CbEmetMitigationAction.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.mitigationType != null && Object.hasOwnProperty.call(message, "mitigationType"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.mitigationType);
                return writer;
            };

            /**
             * Decodes a CbEmetMitigationAction message from the specified reader or buffer.
             * @function decode
             * @memberof cbbridge.sensor.CbEmetMitigationAction
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cbbridge.sensor.CbEmetMitigationAction} CbEmetMitigationAction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CbEmetMitigationAction.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.cbbridge.sensor.CbEmetMitigationAction();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.mitigationType = reader.int32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * CbEmetMitigationTypes enum.
             * @name cbbridge.sensor.CbEmetMitigationAction.CbEmetMitigationTypes
             * @enum {number}
             * @property {number} actionDep=1 actionDep value
             * @property {number} actionSehop=2 actionSehop value
             * @property {number} actionAsr=3 actionAsr value
             * @property {number} actionAslr=4 actionAslr value
             * @property {number} actionNullPage=5 actionNullPage value
             * @property {number} actionHeapSpray=6 actionHeapSpray value
             * @property {number} actionMandatoryAslr=7 actionMandatoryAslr value
             * @property {number} actionEaf=8 actionEaf value
             * @property {number} actionEafPlus=9 actionEafPlus value
             * @property {number} actionBottomUpAslr=10 actionBottomUpAslr value
             * @property {number} actionLoadLibrary=11 actionLoadLibrary value
             * @property {number} actionMemoryProtection=12 actionMemoryProtection value
             * @property {number} actionSimulateExecFlow=13 actionSimulateExecFlow value
             * @property {number} actionStackPivot=14 actionStackPivot value
             * @property {number} actionCallerChecks=15 actionCallerChecks value
             * @property {number} actionBannedFunctions=16 actionBannedFunctions value
             * @property {number} actionDeepHooks=17 actionDeepHooks value
             * @property {number} actionAntiDetours=18 actionAntiDetours value
             */
            CbEmetMitigationAction.CbEmetMitigationTypes = (function() {
                var valuesById = {}, values = Object.create(valuesById);
                values[valuesById[1] = "actionDep"] = 1;
                values[valuesById[2] = "actionSehop"] = 2;
                values[valuesById[3] = "actionAsr"] = 3;
                values[valuesById[4] = "actionAslr"] = 4;
                values[valuesById[5] = "actionNullPage"] = 5;
                values[valuesById[6] = "actionHeapSpray"] = 6;
                values[valuesById[7] = "actionMandatoryAslr"] = 7;
                values[valuesById[8] = "actionEaf"] = 8;
                values[valuesById[9] = "actionEafPlus"] = 9;
                values[valuesById[10] = "actionBottomUpAslr"] = 10;
                values[valuesById[11] = "actionLoadLibrary"] = 11;
                values[valuesById[12] = "actionMemoryProtection"] = 12;
                values[valuesById[13] = "actionSimulateExecFlow"] = 13;
                values[valuesById[14] = "actionStackPivot"] = 14;
                values[valuesById[15] = "actionCallerChecks"] = 15;
                values[valuesById[16] = "actionBannedFunctions"] = 16;
                values[valuesById[17] = "actionDeepHooks"] = 17;
                values[valuesById[18] = "actionAntiDetours"] = 18;
                return values;
            })();

            return CbEmetMitigationAction;
        })();

        sensor.CbEmetMitigationMsg = (function() {

            /**
             * Properties of a CbEmetMitigationMsg.
             * @memberof cbbridge.sensor
             * @interface ICbEmetMitigationMsg
             * @property {Long|null} [emetId] CbEmetMitigationMsg emetId
             * @property {Long|null} [emetTimstamp] CbEmetMitigationMsg emetTimstamp
             * @property {cbbridge.sensor.ICbEmetMitigationAction|null} [action] CbEmetMitigationMsg action
             * @property {string|null} [actionText] CbEmetMitigationMsg actionText
             * @property {boolean|null} [blocked] CbEmetMitigationMsg blocked
             */

            /**
             * Constructs a new CbEmetMitigationMsg.
             * @memberof cbbridge.sensor
             * @classdesc Represents a CbEmetMitigationMsg.
             * @implements ICbEmetMitigationMsg
             * @constructor
             * @param {cbbridge.sensor.ICbEmetMitigationMsg=} [properties] Properties to set
             */
            function CbEmetMitigationMsg(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * CbEmetMitigationMsg emetId.
             * @member {Long} emetId
             * @memberof cbbridge.sensor.CbEmetMitigationMsg
             * @instance
             */
            CbEmetMitigationMsg.prototype.emetId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * CbEmetMitigationMsg emetTimstamp.
             * @member {Long} emetTimstamp
             * @memberof cbbridge.sensor.CbEmetMitigationMsg
             * @instance
             */
            CbEmetMitigationMsg.prototype.emetTimstamp = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * CbEmetMitigationMsg action.
             * @member {cbbridge.sensor.ICbEmetMitigationAction|null|undefined} action
             * @memberof cbbridge.sensor.CbEmetMitigationMsg
             * @instance
             */
            CbEmetMitigationMsg.prototype.action = null;

            /**
             * CbEmetMitigationMsg actionText.
             * @member {string} actionText
             * @memberof cbbridge.sensor.CbEmetMitigationMsg
             * @instance
             */
            CbEmetMitigationMsg.prototype.actionText = "";

            /**
             * CbEmetMitigationMsg blocked.
             * @member {boolean} blocked
             * @memberof cbbridge.sensor.CbEmetMitigationMsg
             * @instance
             */
            CbEmetMitigationMsg.prototype.blocked = false;

            /**
             * Creates a new CbEmetMitigationMsg instance using the specified properties.
             * @function create
             * @memberof cbbridge.sensor.CbEmetMitigationMsg
             * @static
             * @param {cbbridge.sensor.ICbEmetMitigationMsg=} [properties] Properties to set
             * @returns {cbbridge.sensor.CbEmetMitigationMsg} CbEmetMitigationMsg instance
             */
            CbEmetMitigationMsg.create = function create(properties) {
                return new CbEmetMitigationMsg(properties);
            };

            /**
             * Encodes the specified CbEmetMitigationMsg message. Does not implicitly {@link cbbridge.sensor.CbEmetMitigationMsg.verify|verify} messages.
             * @function encode
             * @memberof cbbridge.sensor.CbEmetMitigationMsg
             * @static
             * @param {cbbridge.sensor.ICbEmetMitigationMsg} message CbEmetMitigationMsg message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CbEmetMitigationMsg.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.emetId != null && Object.hasOwnProperty.call(message, "emetId"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.emetId);
                if (message.emetTimstamp != null && Object.hasOwnProperty.call(message, "emetTimstamp"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.emetTimstamp);
                if (message.action != null && Object.hasOwnProperty.call(message, "action"))
                    $root.cbbridge.sensor.CbEmetMitigationAction.encode(message.action, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (message.actionText != null && Object.hasOwnProperty.call(message, "actionText"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.actionText);
                if (message.blocked != null && Object.hasOwnProperty.call(message, "blocked"))
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.blocked);
                return writer;
            };

            /**
             * Decodes a CbEmetMitigationMsg message from the specified reader or buffer.
             * @function decode
             * @memberof cbbridge.sensor.CbEmetMitigationMsg
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cbbridge.sensor.CbEmetMitigationMsg} CbEmetMitigationMsg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CbEmetMitigationMsg.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.cbbridge.sensor.CbEmetMitigationMsg();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.emetId = reader.uint64();
                            break;
                        }
                    case 2: {
                            message.emetTimstamp = reader.uint64();
                            break;
                        }
                    case 3: {
                            message.action = $root.cbbridge.sensor.CbEmetMitigationAction.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 4: {
                            message.actionText = reader.string();
                            break;
                        }
                    case 5: {
                            message.blocked = reader.bool();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            return CbEmetMitigationMsg;
        })();

        sensor.CbProcessMetadataMsg = (function() {

            /**
             * Properties of a CbProcessMetadataMsg.
             * @memberof cbbridge.sensor
             * @interface ICbProcessMetadataMsg
             * @property {Long|null} [process_guid] CbProcessMetadataMsg process_guid
             * @property {Long|null} [process_create_time] CbProcessMetadataMsg process_create_time
             * @property {number|null} [process_pid] CbProcessMetadataMsg process_pid
             * @property {Uint8Array|null} [process_md5] CbProcessMetadataMsg process_md5
             * @property {string|null} [process_path] CbProcessMetadataMsg process_path
             * @property {string|null} [uid] CbProcessMetadataMsg uid
             * @property {string|null} [username] CbProcessMetadataMsg username
             * @property {Uint8Array|null} [commandline] CbProcessMetadataMsg commandline
             * @property {number|null} [parent_pid] CbProcessMetadataMsg parent_pid
             * @property {Long|null} [parent_create_time] CbProcessMetadataMsg parent_create_time
             * @property {Uint8Array|null} [parent_md5] CbProcessMetadataMsg parent_md5
             * @property {string|null} [parent_path] CbProcessMetadataMsg parent_path
             * @property {number|null} [modload_count] CbProcessMetadataMsg modload_count
             * @property {number|null} [filemod_count] CbProcessMetadataMsg filemod_count
             * @property {number|null} [netconn_count] CbProcessMetadataMsg netconn_count
             * @property {number|null} [regmod_count] CbProcessMetadataMsg regmod_count
             * @property {number|null} [childproc_count] CbProcessMetadataMsg childproc_count
             * @property {number|null} [crossproc_count] CbProcessMetadataMsg crossproc_count
             * @property {number|null} [emet_count] CbProcessMetadataMsg emet_count
             * @property {number|null} [processblock_count] CbProcessMetadataMsg processblock_count
             * @property {Long|null} [sensor_start_time] CbProcessMetadataMsg sensor_start_time
             * @property {Long|null} [sensor_segment] CbProcessMetadataMsg sensor_segment
             * @property {boolean|null} [creationobserved] CbProcessMetadataMsg creationobserved
             * @property {Array.<cbbridge.sensor.ICbEmetMitigationAction>|null} [actions] CbProcessMetadataMsg actions
             * @property {Uint8Array|null} [process_sha256] CbProcessMetadataMsg process_sha256
             * @property {Uint8Array|null} [parent_sha256] CbProcessMetadataMsg parent_sha256
             * @property {number|null} [logon_type] CbProcessMetadataMsg logon_type
             */

            /**
             * Constructs a new CbProcessMetadataMsg.
             * @memberof cbbridge.sensor
             * @classdesc Represents a CbProcessMetadataMsg.
             * @implements ICbProcessMetadataMsg
             * @constructor
             * @param {cbbridge.sensor.ICbProcessMetadataMsg=} [properties] Properties to set
             */
            function CbProcessMetadataMsg(properties) {
                this.actions = [];
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * CbProcessMetadataMsg process_guid.
             * @member {Long} process_guid
             * @memberof cbbridge.sensor.CbProcessMetadataMsg
             * @instance
             */
            CbProcessMetadataMsg.prototype.process_guid = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * CbProcessMetadataMsg process_create_time.
             * @member {Long} process_create_time
             * @memberof cbbridge.sensor.CbProcessMetadataMsg
             * @instance
             */
            CbProcessMetadataMsg.prototype.process_create_time = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * CbProcessMetadataMsg process_pid.
             * @member {number} process_pid
             * @memberof cbbridge.sensor.CbProcessMetadataMsg
             * @instance
             */
            CbProcessMetadataMsg.prototype.process_pid = 0;

            /**
             * CbProcessMetadataMsg process_md5.
             * @member {Uint8Array} process_md5
             * @memberof cbbridge.sensor.CbProcessMetadataMsg
             * @instance
             */
            CbProcessMetadataMsg.prototype.process_md5 = $util.newBuffer([]);

            /**
             * CbProcessMetadataMsg process_path.
             * @member {string} process_path
             * @memberof cbbridge.sensor.CbProcessMetadataMsg
             * @instance
             */
            CbProcessMetadataMsg.prototype.process_path = "";

            /**
             * CbProcessMetadataMsg uid.
             * @member {string} uid
             * @memberof cbbridge.sensor.CbProcessMetadataMsg
             * @instance
             */
            CbProcessMetadataMsg.prototype.uid = "";

            /**
             * CbProcessMetadataMsg username.
             * @member {string} username
             * @memberof cbbridge.sensor.CbProcessMetadataMsg
             * @instance
             */
            CbProcessMetadataMsg.prototype.username = "";

            /**
             * CbProcessMetadataMsg commandline.
             * @member {Uint8Array} commandline
             * @memberof cbbridge.sensor.CbProcessMetadataMsg
             * @instance
             */
            CbProcessMetadataMsg.prototype.commandline = $util.newBuffer([]);

            /**
             * CbProcessMetadataMsg parent_pid.
             * @member {number} parent_pid
             * @memberof cbbridge.sensor.CbProcessMetadataMsg
             * @instance
             */
            CbProcessMetadataMsg.prototype.parent_pid = 0;

            /**
             * CbProcessMetadataMsg parent_create_time.
             * @member {Long} parent_create_time
             * @memberof cbbridge.sensor.CbProcessMetadataMsg
             * @instance
             */
            CbProcessMetadataMsg.prototype.parent_create_time = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * CbProcessMetadataMsg parent_md5.
             * @member {Uint8Array} parent_md5
             * @memberof cbbridge.sensor.CbProcessMetadataMsg
             * @instance
             */
            CbProcessMetadataMsg.prototype.parent_md5 = $util.newBuffer([]);

            /**
             * CbProcessMetadataMsg parent_path.
             * @member {string} parent_path
             * @memberof cbbridge.sensor.CbProcessMetadataMsg
             * @instance
             */
            CbProcessMetadataMsg.prototype.parent_path = "";

            /**
             * CbProcessMetadataMsg modload_count.
             * @member {number} modload_count
             * @memberof cbbridge.sensor.CbProcessMetadataMsg
             * @instance
             */
            CbProcessMetadataMsg.prototype.modload_count = 0;

            /**
             * CbProcessMetadataMsg filemod_count.
             * @member {number} filemod_count
             * @memberof cbbridge.sensor.CbProcessMetadataMsg
             * @instance
             */
            CbProcessMetadataMsg.prototype.filemod_count = 0;

            /**
             * CbProcessMetadataMsg netconn_count.
             * @member {number} netconn_count
             * @memberof cbbridge.sensor.CbProcessMetadataMsg
             * @instance
             */
            CbProcessMetadataMsg.prototype.netconn_count = 0;

            /**
             * CbProcessMetadataMsg regmod_count.
             * @member {number} regmod_count
             * @memberof cbbridge.sensor.CbProcessMetadataMsg
             * @instance
             */
            CbProcessMetadataMsg.prototype.regmod_count = 0;

            /**
             * CbProcessMetadataMsg childproc_count.
             * @member {number} childproc_count
             * @memberof cbbridge.sensor.CbProcessMetadataMsg
             * @instance
             */
            CbProcessMetadataMsg.prototype.childproc_count = 0;

            /**
             * CbProcessMetadataMsg crossproc_count.
             * @member {number} crossproc_count
             * @memberof cbbridge.sensor.CbProcessMetadataMsg
             * @instance
             */
            CbProcessMetadataMsg.prototype.crossproc_count = 0;

            /**
             * CbProcessMetadataMsg emet_count.
             * @member {number} emet_count
             * @memberof cbbridge.sensor.CbProcessMetadataMsg
             * @instance
             */
            CbProcessMetadataMsg.prototype.emet_count = 0;

            /**
             * CbProcessMetadataMsg processblock_count.
             * @member {number} processblock_count
             * @memberof cbbridge.sensor.CbProcessMetadataMsg
             * @instance
             */
            CbProcessMetadataMsg.prototype.processblock_count = 0;

            /**
             * CbProcessMetadataMsg sensor_start_time.
             * @member {Long} sensor_start_time
             * @memberof cbbridge.sensor.CbProcessMetadataMsg
             * @instance
             */
            CbProcessMetadataMsg.prototype.sensor_start_time = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * CbProcessMetadataMsg sensor_segment.
             * @member {Long} sensor_segment
             * @memberof cbbridge.sensor.CbProcessMetadataMsg
             * @instance
             */
            CbProcessMetadataMsg.prototype.sensor_segment = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * CbProcessMetadataMsg creationobserved.
             * @member {boolean} creationobserved
             * @memberof cbbridge.sensor.CbProcessMetadataMsg
             * @instance
             */
            CbProcessMetadataMsg.prototype.creationobserved = false;

            /**
             * CbProcessMetadataMsg actions.
             * @member {Array.<cbbridge.sensor.ICbEmetMitigationAction>} actions
             * @memberof cbbridge.sensor.CbProcessMetadataMsg
             * @instance
             */
            CbProcessMetadataMsg.prototype.actions = $util.emptyArray;

            /**
             * CbProcessMetadataMsg process_sha256.
             * @member {Uint8Array} process_sha256
             * @memberof cbbridge.sensor.CbProcessMetadataMsg
             * @instance
             */
            CbProcessMetadataMsg.prototype.process_sha256 = $util.newBuffer([]);

            /**
             * CbProcessMetadataMsg parent_sha256.
             * @member {Uint8Array} parent_sha256
             * @memberof cbbridge.sensor.CbProcessMetadataMsg
             * @instance
             */
            CbProcessMetadataMsg.prototype.parent_sha256 = $util.newBuffer([]);

            /**
             * CbProcessMetadataMsg logon_type.
             * @member {number} logon_type
             * @memberof cbbridge.sensor.CbProcessMetadataMsg
             * @instance
             */
            CbProcessMetadataMsg.prototype.logon_type = -2;

            /**
             * Creates a new CbProcessMetadataMsg instance using the specified properties.
             * @function create
             * @memberof cbbridge.sensor.CbProcessMetadataMsg
             * @static
             * @param {cbbridge.sensor.ICbProcessMetadataMsg=} [properties] Properties to set
             * @returns {cbbridge.sensor.CbProcessMetadataMsg} CbProcessMetadataMsg instance
             */
            CbProcessMetadataMsg.create = function create(properties) {
                return new CbProcessMetadataMsg(properties);
            };

            /**
             * Encodes the specified CbProcessMetadataMsg message. Does not implicitly {@link cbbridge.sensor.CbProcessMetadataMsg.verify|verify} messages.
             * @function encode
             * @memberof cbbridge.sensor.CbProcessMetadataMsg
             * @static
             * @param {cbbridge.sensor.ICbProcessMetadataMsg} message CbProcessMetadataMsg message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CbProcessMetadataMsg.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.process_guid != null && Object.hasOwnProperty.call(message, "process_guid"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.process_guid);
                if (message.process_create_time != null && Object.hasOwnProperty.call(message, "process_create_time"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.process_create_time);
                if (message.process_pid != null && Object.hasOwnProperty.call(message, "process_pid"))
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.process_pid);
                if (message.process_md5 != null && Object.hasOwnProperty.call(message, "process_md5"))
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.process_md5);
                if (message.process_path != null && Object.hasOwnProperty.call(message, "process_path"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.process_path);
                if (message.uid != null && Object.hasOwnProperty.call(message, "uid"))
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.uid);
                if (message.username != null && Object.hasOwnProperty.call(message, "username"))
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.username);
                if (message.commandline != null && Object.hasOwnProperty.call(message, "commandline"))
                    writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.commandline);
                if (message.parent_pid != null && Object.hasOwnProperty.call(message, "parent_pid"))
                    writer.uint32(/* id 9, wireType 0 =*/72).int32(message.parent_pid);
                if (message.parent_create_time != null && Object.hasOwnProperty.call(message, "parent_create_time"))
                    writer.uint32(/* id 10, wireType 0 =*/80).int64(message.parent_create_time);
                if (message.parent_md5 != null && Object.hasOwnProperty.call(message, "parent_md5"))
                    writer.uint32(/* id 11, wireType 2 =*/90).bytes(message.parent_md5);
                if (message.parent_path != null && Object.hasOwnProperty.call(message, "parent_path"))
                    writer.uint32(/* id 12, wireType 2 =*/98).string(message.parent_path);
                if (message.modload_count != null && Object.hasOwnProperty.call(message, "modload_count"))
                    writer.uint32(/* id 13, wireType 0 =*/104).int32(message.modload_count);
                if (message.filemod_count != null && Object.hasOwnProperty.call(message, "filemod_count"))
                    writer.uint32(/* id 14, wireType 0 =*/112).int32(message.filemod_count);
                if (message.netconn_count != null && Object.hasOwnProperty.call(message, "netconn_count"))
                    writer.uint32(/* id 15, wireType 0 =*/120).int32(message.netconn_count);
                if (message.regmod_count != null && Object.hasOwnProperty.call(message, "regmod_count"))
                    writer.uint32(/* id 16, wireType 0 =*/128).int32(message.regmod_count);
                if (message.childproc_count != null && Object.hasOwnProperty.call(message, "childproc_count"))
                    writer.uint32(/* id 17, wireType 0 =*/136).int32(message.childproc_count);
                if (message.crossproc_count != null && Object.hasOwnProperty.call(message, "crossproc_count"))
                    writer.uint32(/* id 18, wireType 0 =*/144).int32(message.crossproc_count);
                if (message.emet_count != null && Object.hasOwnProperty.call(message, "emet_count"))
                    writer.uint32(/* id 19, wireType 0 =*/152).int32(message.emet_count);
                if (message.processblock_count != null && Object.hasOwnProperty.call(message, "processblock_count"))
                    writer.uint32(/* id 20, wireType 0 =*/160).int32(message.processblock_count);
                if (message.sensor_start_time != null && Object.hasOwnProperty.call(message, "sensor_start_time"))
                    writer.uint32(/* id 21, wireType 0 =*/168).int64(message.sensor_start_time);
                if (message.sensor_segment != null && Object.hasOwnProperty.call(message, "sensor_segment"))
                    writer.uint32(/* id 22, wireType 0 =*/176).int64(message.sensor_segment);
                if (message.creationobserved != null && Object.hasOwnProperty.call(message, "creationobserved"))
                    writer.uint32(/* id 23, wireType 0 =*/184).bool(message.creationobserved);
                if (message.actions != null && message.actions.length)
                    for (var i = 0; i < message.actions.length; ++i)
                        $root.cbbridge.sensor.CbEmetMitigationAction.encode(message.actions[i], writer.uint32(/* id 24, wireType 2 =*/194).fork(), q + 1).ldelim();
                if (message.process_sha256 != null && Object.hasOwnProperty.call(message, "process_sha256"))
                    writer.uint32(/* id 25, wireType 2 =*/202).bytes(message.process_sha256);
                if (message.parent_sha256 != null && Object.hasOwnProperty.call(message, "parent_sha256"))
                    writer.uint32(/* id 26, wireType 2 =*/210).bytes(message.parent_sha256);
                if (message.logon_type != null && Object.hasOwnProperty.call(message, "logon_type"))
                    writer.uint32(/* id 27, wireType 0 =*/216).int32(message.logon_type);
                return writer;
            };

            /**
             * Decodes a CbProcessMetadataMsg message from the specified reader or buffer.
             * @function decode
             * @memberof cbbridge.sensor.CbProcessMetadataMsg
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cbbridge.sensor.CbProcessMetadataMsg} CbProcessMetadataMsg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CbProcessMetadataMsg.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.cbbridge.sensor.CbProcessMetadataMsg();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.process_guid = reader.int64();
                            break;
                        }
                    case 2: {
                            message.process_create_time = reader.int64();
                            break;
                        }
                    case 3: {
                            message.process_pid = reader.int32();
                            break;
                        }
                    case 4: {
                            message.process_md5 = reader.bytes();
                            break;
                        }
                    case 5: {
                            message.process_path = reader.string();
                            break;
                        }
                    case 6: {
                            message.uid = reader.string();
                            break;
                        }
                    case 7: {
                            message.username = reader.string();
                            break;
                        }
                    case 8: {
                            message.commandline = reader.bytes();
                            break;
                        }
                    case 9: {
                            message.parent_pid = reader.int32();
                            break;
                        }
                    case 10: {
                            message.parent_create_time = reader.int64();
                            break;
                        }
                    case 11: {
                            message.parent_md5 = reader.bytes();
                            break;
                        }
                    case 12: {
                            message.parent_path = reader.string();
                            break;
                        }
                    case 13: {
                            message.modload_count = reader.int32();
                            break;
                        }
                    case 14: {
                            message.filemod_count = reader.int32();
                            break;
                        }
                    case 15: {
                            message.netconn_count = reader.int32();
                            break;
                        }
                    case 16: {
                            message.regmod_count = reader.int32();
                            break;
                        }
                    case 17: {
                            message.childproc_count = reader.int32();
                            break;
                        }
                    case 18: {
                            message.crossproc_count = reader.int32();
                            break;
                        }
                    case 19: {
                            message.emet_count = reader.int32();
                            break;
                        }
                    case 20: {
                            message.processblock_count = reader.int32();
                            break;
                        }
                    case 21: {
                            message.sensor_start_time = reader.int64();
                            break;
                        }
                    case 22: {
                            message.sensor_segment = reader.int64();
                            break;
                        }
                    case 23: {
                            message.creationobserved = reader.bool();
                            break;
                        }
                    case 24: {
                            if (!(message.actions && message.actions.length))
                                message.actions = [];
                            message.actions.push($root.cbbridge.sensor.CbEmetMitigationAction.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 25: {
                            message.process_sha256 = reader.bytes();
                            break;
                        }
                    case 26: {
                            message.parent_sha256 = reader.bytes();
                            break;
                        }
                    case 27: {
                            message.logon_type = reader.int32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            return CbProcessMetadataMsg;
        })();

        sensor.InternalUse = (function() {

            /**
             * Properties of an InternalUse.
             * @memberof cbbridge.sensor
             * @interface IInternalUse
             * @property {cbbridge.sensor.InternalUse.DataGenSource|null} [dataGenSource] InternalUse dataGenSource
             */

            /**
             * Constructs a new InternalUse.
             * @memberof cbbridge.sensor
             * @classdesc Represents an InternalUse.
             * @implements IInternalUse
             * @constructor
             * @param {cbbridge.sensor.IInternalUse=} [properties] Properties to set
             */
            function InternalUse(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * InternalUse dataGenSource.
             * @member {cbbridge.sensor.InternalUse.DataGenSource} dataGenSource
             * @memberof cbbridge.sensor.InternalUse
             * @instance
             */
            InternalUse.prototype.dataGenSource = 1;

            /**
             * Creates a new InternalUse instance using the specified properties.
             * @function create
             * @memberof cbbridge.sensor.InternalUse
             * @static
             * @param {cbbridge.sensor.IInternalUse=} [properties] Properties to set
             * @returns {cbbridge.sensor.InternalUse} InternalUse instance
             */
            InternalUse.create = function create(properties) {
                return new InternalUse(properties);
            };

            /**
             * Encodes the specified InternalUse message. Does not implicitly {@link cbbridge.sensor.InternalUse.verify|verify} messages.
             * @function encode
             * @memberof cbbridge.sensor.InternalUse
             * @static
             * @param {cbbridge.sensor.IInternalUse} message InternalUse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            InternalUse.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.dataGenSource != null && Object.hasOwnProperty.call(message, "dataGenSource"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.dataGenSource);
                return writer;
            };

            /**
             * Decodes an InternalUse message from the specified reader or buffer.
             * @function decode
             * @memberof cbbridge.sensor.InternalUse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cbbridge.sensor.InternalUse} InternalUse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            InternalUse.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.cbbridge.sensor.InternalUse();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.dataGenSource = reader.int32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * DataGenSource enum.
             * @name cbbridge.sensor.InternalUse.DataGenSource
             * @enum {number}
             * @property {number} known=1 known value
             * @property {number} generated=2 generated value
             * @property {number} anonymized=3 anonymized value
             */
            InternalUse.DataGenSource = (function() {
                var valuesById = {}, values = Object.create(valuesById);
                values[valuesById[1] = "known"] = 1;
                values[valuesById[2] = "generated"] = 2;
                values[valuesById[3] = "anonymized"] = 3;
                return values;
            })();

            return InternalUse;
        })();

        sensor.CbScriptExecute = (function() {

            /**
             * Properties of a CbScriptExecute.
             * @memberof cbbridge.sensor
             * @interface ICbScriptExecute
             * @property {string|null} [script] CbScriptExecute script
             * @property {string|null} [sha256] CbScriptExecute sha256
             */

            /**
             * Constructs a new CbScriptExecute.
             * @memberof cbbridge.sensor
             * @classdesc Represents a CbScriptExecute.
             * @implements ICbScriptExecute
             * @constructor
             * @param {cbbridge.sensor.ICbScriptExecute=} [properties] Properties to set
             */
            function CbScriptExecute(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * CbScriptExecute script.
             * @member {string} script
             * @memberof cbbridge.sensor.CbScriptExecute
             * @instance
             */
            CbScriptExecute.prototype.script = "";

            /**
             * CbScriptExecute sha256.
             * @member {string} sha256
             * @memberof cbbridge.sensor.CbScriptExecute
             * @instance
             */
            CbScriptExecute.prototype.sha256 = "";

            /**
             * Creates a new CbScriptExecute instance using the specified properties.
             * @function create
             * @memberof cbbridge.sensor.CbScriptExecute
             * @static
             * @param {cbbridge.sensor.ICbScriptExecute=} [properties] Properties to set
             * @returns {cbbridge.sensor.CbScriptExecute} CbScriptExecute instance
             */
            CbScriptExecute.create = function create(properties) {
                return new CbScriptExecute(properties);
            };

            /**
             * Encodes the specified CbScriptExecute message. Does not implicitly {@link cbbridge.sensor.CbScriptExecute.verify|verify} messages.
             * @function encode
             * @memberof cbbridge.sensor.CbScriptExecute
             * @static
             * @param {cbbridge.sensor.ICbScriptExecute} message CbScriptExecute message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CbScriptExecute.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.script != null && Object.hasOwnProperty.call(message, "script"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.script);
                if (message.sha256 != null && Object.hasOwnProperty.call(message, "sha256"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.sha256);
                return writer;
            };

            /**
             * Decodes a CbScriptExecute message from the specified reader or buffer.
             * @function decode
             * @memberof cbbridge.sensor.CbScriptExecute
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cbbridge.sensor.CbScriptExecute} CbScriptExecute
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CbScriptExecute.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.cbbridge.sensor.CbScriptExecute();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.script = reader.string();
                            break;
                        }
                    case 2: {
                            message.sha256 = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            return CbScriptExecute;
        })();

        sensor.CbFileBackedScriptExecute = (function() {

            /**
             * Properties of a CbFileBackedScriptExecute.
             * @memberof cbbridge.sensor
             * @interface ICbFileBackedScriptExecute
             * @property {string|null} [script] CbFileBackedScriptExecute script
             * @property {string|null} [sha256] CbFileBackedScriptExecute sha256
             * @property {string|null} [filename] CbFileBackedScriptExecute filename
             */

            /**
             * Constructs a new CbFileBackedScriptExecute.
             * @memberof cbbridge.sensor
             * @classdesc Represents a CbFileBackedScriptExecute.
             * @implements ICbFileBackedScriptExecute
             * @constructor
             * @param {cbbridge.sensor.ICbFileBackedScriptExecute=} [properties] Properties to set
             */
            function CbFileBackedScriptExecute(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * CbFileBackedScriptExecute script.
             * @member {string} script
             * @memberof cbbridge.sensor.CbFileBackedScriptExecute
             * @instance
             */
            CbFileBackedScriptExecute.prototype.script = "";

            /**
             * CbFileBackedScriptExecute sha256.
             * @member {string} sha256
             * @memberof cbbridge.sensor.CbFileBackedScriptExecute
             * @instance
             */
            CbFileBackedScriptExecute.prototype.sha256 = "";

            /**
             * CbFileBackedScriptExecute filename.
             * @member {string} filename
             * @memberof cbbridge.sensor.CbFileBackedScriptExecute
             * @instance
             */
            CbFileBackedScriptExecute.prototype.filename = "";

            /**
             * Creates a new CbFileBackedScriptExecute instance using the specified properties.
             * @function create
             * @memberof cbbridge.sensor.CbFileBackedScriptExecute
             * @static
             * @param {cbbridge.sensor.ICbFileBackedScriptExecute=} [properties] Properties to set
             * @returns {cbbridge.sensor.CbFileBackedScriptExecute} CbFileBackedScriptExecute instance
             */
            CbFileBackedScriptExecute.create = function create(properties) {
                return new CbFileBackedScriptExecute(properties);
            };

            /**
             * Encodes the specified CbFileBackedScriptExecute message. Does not implicitly {@link cbbridge.sensor.CbFileBackedScriptExecute.verify|verify} messages.
             * @function encode
             * @memberof cbbridge.sensor.CbFileBackedScriptExecute
             * @static
             * @param {cbbridge.sensor.ICbFileBackedScriptExecute} message CbFileBackedScriptExecute message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CbFileBackedScriptExecute.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.script != null && Object.hasOwnProperty.call(message, "script"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.script);
                if (message.sha256 != null && Object.hasOwnProperty.call(message, "sha256"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.sha256);
                if (message.filename != null && Object.hasOwnProperty.call(message, "filename"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.filename);
                return writer;
            };

            /**
             * Decodes a CbFileBackedScriptExecute message from the specified reader or buffer.
             * @function decode
             * @memberof cbbridge.sensor.CbFileBackedScriptExecute
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cbbridge.sensor.CbFileBackedScriptExecute} CbFileBackedScriptExecute
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CbFileBackedScriptExecute.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.cbbridge.sensor.CbFileBackedScriptExecute();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.script = reader.string();
                            break;
                        }
                    case 2: {
                            message.sha256 = reader.string();
                            break;
                        }
                    case 3: {
                            message.filename = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            return CbFileBackedScriptExecute;
        })();

        sensor.CbEventMsg = (function() {

            /**
             * Properties of a CbEventMsg.
             * @memberof cbbridge.sensor
             * @interface ICbEventMsg
             * @property {cbbridge.sensor.ICbHeaderMsg} header CbEventMsg header
             * @property {Array.<cbbridge.sensor.ICbStringMsg>|null} [strings] CbEventMsg strings
             * @property {cbbridge.sensor.ICbProcessMsg|null} [process] CbEventMsg process
             * @property {cbbridge.sensor.ICbModuleLoadMsg|null} [modload] CbEventMsg modload
             * @property {cbbridge.sensor.ICbFileModMsg|null} [filemod] CbEventMsg filemod
             * @property {cbbridge.sensor.ICbNetConnMsg|null} [network] CbEventMsg network
             * @property {cbbridge.sensor.ICbRegModMsg|null} [regmod] CbEventMsg regmod
             * @property {cbbridge.sensor.ICbStatisticsMsg|null} [stats] CbEventMsg stats
             * @property {cbbridge.sensor.ICbModuleInfoMsg|null} [module] CbEventMsg module
             * @property {cbbridge.sensor.ICbVtWriteMsg|null} [vtwrite] CbEventMsg vtwrite
             * @property {cbbridge.sensor.ICbVtLoadMsg|null} [vtload] CbEventMsg vtload
             * @property {cbbridge.sensor.ICbChildProcessMsg|null} [childproc] CbEventMsg childproc
             * @property {cbbridge.sensor.ICbEnvironmentMsg|null} [env] CbEventMsg env
             * @property {cbbridge.sensor.ICbCrossProcessMsg|null} [crossproc] CbEventMsg crossproc
             * @property {cbbridge.sensor.ICbTamperAlertMsg|null} [tamperAlert] CbEventMsg tamperAlert
             * @property {cbbridge.sensor.ICbProcessBlockedMsg|null} [blocked] CbEventMsg blocked
             * @property {cbbridge.sensor.ICbEmetMitigationMsg|null} [emet] CbEventMsg emet
             * @property {cbbridge.sensor.ICbNetConnBlockedMsg|null} [netconnBlocked] CbEventMsg netconnBlocked
             * @property {cbbridge.sensor.ICbProcessMetadataMsg|null} [processMeta] CbEventMsg processMeta
             * @property {cbbridge.sensor.ICbNetConnMsgv2|null} [networkv2] CbEventMsg networkv2
             * @property {cbbridge.sensor.ICbNetConnBlockedMsgv2|null} [netconnBlockedv2] CbEventMsg netconnBlockedv2
             * @property {cbbridge.sensor.IInternalUse|null} [internalUse] CbEventMsg internalUse
             * @property {cbbridge.sensor.ICbScriptExecute|null} [scriptexe] CbEventMsg scriptexe
             * @property {cbbridge.sensor.ICbFileBackedScriptExecute|null} [fbscriptexe] CbEventMsg fbscriptexe
             */

            /**
             * Constructs a new CbEventMsg.
             * @memberof cbbridge.sensor
             * @classdesc Represents a CbEventMsg.
             * @implements ICbEventMsg
             * @constructor
             * @param {cbbridge.sensor.ICbEventMsg=} [properties] Properties to set
             */
            function CbEventMsg(properties) {
                this.strings = [];
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * CbEventMsg header.
             * @member {cbbridge.sensor.ICbHeaderMsg} header
             * @memberof cbbridge.sensor.CbEventMsg
             * @instance
             */
            CbEventMsg.prototype.header = null;

            /**
             * CbEventMsg strings.
             * @member {Array.<cbbridge.sensor.ICbStringMsg>} strings
             * @memberof cbbridge.sensor.CbEventMsg
             * @instance
             */
            CbEventMsg.prototype.strings = $util.emptyArray;

            /**
             * CbEventMsg process.
             * @member {cbbridge.sensor.ICbProcessMsg|null|undefined} process
             * @memberof cbbridge.sensor.CbEventMsg
             * @instance
             */
            CbEventMsg.prototype.process = null;

            /**
             * CbEventMsg modload.
             * @member {cbbridge.sensor.ICbModuleLoadMsg|null|undefined} modload
             * @memberof cbbridge.sensor.CbEventMsg
             * @instance
             */
            CbEventMsg.prototype.modload = null;

            /**
             * CbEventMsg filemod.
             * @member {cbbridge.sensor.ICbFileModMsg|null|undefined} filemod
             * @memberof cbbridge.sensor.CbEventMsg
             * @instance
             */
            CbEventMsg.prototype.filemod = null;

            /**
             * CbEventMsg network.
             * @member {cbbridge.sensor.ICbNetConnMsg|null|undefined} network
             * @memberof cbbridge.sensor.CbEventMsg
             * @instance
             */
            CbEventMsg.prototype.network = null;

            /**
             * CbEventMsg regmod.
             * @member {cbbridge.sensor.ICbRegModMsg|null|undefined} regmod
             * @memberof cbbridge.sensor.CbEventMsg
             * @instance
             */
            CbEventMsg.prototype.regmod = null;

            /**
             * CbEventMsg stats.
             * @member {cbbridge.sensor.ICbStatisticsMsg|null|undefined} stats
             * @memberof cbbridge.sensor.CbEventMsg
             * @instance
             */
            CbEventMsg.prototype.stats = null;

            /**
             * CbEventMsg module.
             * @member {cbbridge.sensor.ICbModuleInfoMsg|null|undefined} module
             * @memberof cbbridge.sensor.CbEventMsg
             * @instance
             */
            CbEventMsg.prototype.module = null;

            /**
             * CbEventMsg vtwrite.
             * @member {cbbridge.sensor.ICbVtWriteMsg|null|undefined} vtwrite
             * @memberof cbbridge.sensor.CbEventMsg
             * @instance
             */
            CbEventMsg.prototype.vtwrite = null;

            /**
             * CbEventMsg vtload.
             * @member {cbbridge.sensor.ICbVtLoadMsg|null|undefined} vtload
             * @memberof cbbridge.sensor.CbEventMsg
             * @instance
             */
            CbEventMsg.prototype.vtload = null;

            /**
             * CbEventMsg childproc.
             * @member {cbbridge.sensor.ICbChildProcessMsg|null|undefined} childproc
             * @memberof cbbridge.sensor.CbEventMsg
             * @instance
             */
            CbEventMsg.prototype.childproc = null;

            /**
             * CbEventMsg env.
             * @member {cbbridge.sensor.ICbEnvironmentMsg|null|undefined} env
             * @memberof cbbridge.sensor.CbEventMsg
             * @instance
             */
            CbEventMsg.prototype.env = null;

            /**
             * CbEventMsg crossproc.
             * @member {cbbridge.sensor.ICbCrossProcessMsg|null|undefined} crossproc
             * @memberof cbbridge.sensor.CbEventMsg
             * @instance
             */
            CbEventMsg.prototype.crossproc = null;

            /**
             * CbEventMsg tamperAlert.
             * @member {cbbridge.sensor.ICbTamperAlertMsg|null|undefined} tamperAlert
             * @memberof cbbridge.sensor.CbEventMsg
             * @instance
             */
            CbEventMsg.prototype.tamperAlert = null;

            /**
             * CbEventMsg blocked.
             * @member {cbbridge.sensor.ICbProcessBlockedMsg|null|undefined} blocked
             * @memberof cbbridge.sensor.CbEventMsg
             * @instance
             */
            CbEventMsg.prototype.blocked = null;

            /**
             * CbEventMsg emet.
             * @member {cbbridge.sensor.ICbEmetMitigationMsg|null|undefined} emet
             * @memberof cbbridge.sensor.CbEventMsg
             * @instance
             */
            CbEventMsg.prototype.emet = null;

            /**
             * CbEventMsg netconnBlocked.
             * @member {cbbridge.sensor.ICbNetConnBlockedMsg|null|undefined} netconnBlocked
             * @memberof cbbridge.sensor.CbEventMsg
             * @instance
             */
            CbEventMsg.prototype.netconnBlocked = null;

            /**
             * CbEventMsg processMeta.
             * @member {cbbridge.sensor.ICbProcessMetadataMsg|null|undefined} processMeta
             * @memberof cbbridge.sensor.CbEventMsg
             * @instance
             */
            CbEventMsg.prototype.processMeta = null;

            /**
             * CbEventMsg networkv2.
             * @member {cbbridge.sensor.ICbNetConnMsgv2|null|undefined} networkv2
             * @memberof cbbridge.sensor.CbEventMsg
             * @instance
             */
            CbEventMsg.prototype.networkv2 = null;

            /**
             * CbEventMsg netconnBlockedv2.
             * @member {cbbridge.sensor.ICbNetConnBlockedMsgv2|null|undefined} netconnBlockedv2
             * @memberof cbbridge.sensor.CbEventMsg
             * @instance
             */
            CbEventMsg.prototype.netconnBlockedv2 = null;

            /**
             * CbEventMsg internalUse.
             * @member {cbbridge.sensor.IInternalUse|null|undefined} internalUse
             * @memberof cbbridge.sensor.CbEventMsg
             * @instance
             */
            CbEventMsg.prototype.internalUse = null;

            /**
             * CbEventMsg scriptexe.
             * @member {cbbridge.sensor.ICbScriptExecute|null|undefined} scriptexe
             * @memberof cbbridge.sensor.CbEventMsg
             * @instance
             */
            CbEventMsg.prototype.scriptexe = null;

            /**
             * CbEventMsg fbscriptexe.
             * @member {cbbridge.sensor.ICbFileBackedScriptExecute|null|undefined} fbscriptexe
             * @memberof cbbridge.sensor.CbEventMsg
             * @instance
             */
            CbEventMsg.prototype.fbscriptexe = null;

            /**
             * Creates a new CbEventMsg instance using the specified properties.
             * @function create
             * @memberof cbbridge.sensor.CbEventMsg
             * @static
             * @param {cbbridge.sensor.ICbEventMsg=} [properties] Properties to set
             * @returns {cbbridge.sensor.CbEventMsg} CbEventMsg instance
             */
            CbEventMsg.create = function create(properties) {
                return new CbEventMsg(properties);
            };

            /**
             * Encodes the specified CbEventMsg message. Does not implicitly {@link cbbridge.sensor.CbEventMsg.verify|verify} messages.
             * @function encode
             * @memberof cbbridge.sensor.CbEventMsg
             * @static
             * @param {cbbridge.sensor.ICbEventMsg} message CbEventMsg message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CbEventMsg.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                $root.cbbridge.sensor.CbHeaderMsg.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (message.strings != null && message.strings.length)
                    for (var i = 0; i < message.strings.length; ++i)
                        $root.cbbridge.sensor.CbStringMsg.encode(message.strings[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (message.process != null && Object.hasOwnProperty.call(message, "process"))
                    $root.cbbridge.sensor.CbProcessMsg.encode(message.process, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (message.modload != null && Object.hasOwnProperty.call(message, "modload"))
                    $root.cbbridge.sensor.CbModuleLoadMsg.encode(message.modload, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (message.filemod != null && Object.hasOwnProperty.call(message, "filemod"))
                    $root.cbbridge.sensor.CbFileModMsg.encode(message.filemod, writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (message.network != null && Object.hasOwnProperty.call(message, "network"))
                    $root.cbbridge.sensor.CbNetConnMsg.encode(message.network, writer.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                if (message.regmod != null && Object.hasOwnProperty.call(message, "regmod"))
                    $root.cbbridge.sensor.CbRegModMsg.encode(message.regmod, writer.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                if (message.stats != null && Object.hasOwnProperty.call(message, "stats"))
                    $root.cbbridge.sensor.CbStatisticsMsg.encode(message.stats, writer.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                if (message.module != null && Object.hasOwnProperty.call(message, "module"))
                    $root.cbbridge.sensor.CbModuleInfoMsg.encode(message.module, writer.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                if (message.vtwrite != null && Object.hasOwnProperty.call(message, "vtwrite"))
                    $root.cbbridge.sensor.CbVtWriteMsg.encode(message.vtwrite, writer.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                if (message.vtload != null && Object.hasOwnProperty.call(message, "vtload"))
                    $root.cbbridge.sensor.CbVtLoadMsg.encode(message.vtload, writer.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
                if (message.childproc != null && Object.hasOwnProperty.call(message, "childproc"))
                    $root.cbbridge.sensor.CbChildProcessMsg.encode(message.childproc, writer.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
                if (message.env != null && Object.hasOwnProperty.call(message, "env"))
                    $root.cbbridge.sensor.CbEnvironmentMsg.encode(message.env, writer.uint32(/* id 13, wireType 2 =*/106).fork(), q + 1).ldelim();
                if (message.crossproc != null && Object.hasOwnProperty.call(message, "crossproc"))
                    $root.cbbridge.sensor.CbCrossProcessMsg.encode(message.crossproc, writer.uint32(/* id 14, wireType 2 =*/114).fork(), q + 1).ldelim();
                if (message.tamperAlert != null && Object.hasOwnProperty.call(message, "tamperAlert"))
                    $root.cbbridge.sensor.CbTamperAlertMsg.encode(message.tamperAlert, writer.uint32(/* id 15, wireType 2 =*/122).fork(), q + 1).ldelim();
                if (message.blocked != null && Object.hasOwnProperty.call(message, "blocked"))
                    $root.cbbridge.sensor.CbProcessBlockedMsg.encode(message.blocked, writer.uint32(/* id 16, wireType 2 =*/130).fork(), q + 1).ldelim();
                if (message.emet != null && Object.hasOwnProperty.call(message, "emet"))
                    $root.cbbridge.sensor.CbEmetMitigationMsg.encode(message.emet, writer.uint32(/* id 17, wireType 2 =*/138).fork(), q + 1).ldelim();
                if (message.netconnBlocked != null && Object.hasOwnProperty.call(message, "netconnBlocked"))
                    $root.cbbridge.sensor.CbNetConnBlockedMsg.encode(message.netconnBlocked, writer.uint32(/* id 18, wireType 2 =*/146).fork(), q + 1).ldelim();
                if (message.processMeta != null && Object.hasOwnProperty.call(message, "processMeta"))
                    $root.cbbridge.sensor.CbProcessMetadataMsg.encode(message.processMeta, writer.uint32(/* id 19, wireType 2 =*/154).fork(), q + 1).ldelim();
                if (message.networkv2 != null && Object.hasOwnProperty.call(message, "networkv2"))
                    $root.cbbridge.sensor.CbNetConnMsgv2.encode(message.networkv2, writer.uint32(/* id 20, wireType 2 =*/162).fork(), q + 1).ldelim();
                if (message.netconnBlockedv2 != null && Object.hasOwnProperty.call(message, "netconnBlockedv2"))
                    $root.cbbridge.sensor.CbNetConnBlockedMsgv2.encode(message.netconnBlockedv2, writer.uint32(/* id 21, wireType 2 =*/170).fork(), q + 1).ldelim();
                if (message.internalUse != null && Object.hasOwnProperty.call(message, "internalUse"))
                    $root.cbbridge.sensor.InternalUse.encode(message.internalUse, writer.uint32(/* id 22, wireType 2 =*/178).fork(), q + 1).ldelim();
                if (message.scriptexe != null && Object.hasOwnProperty.call(message, "scriptexe"))
                    $root.cbbridge.sensor.CbScriptExecute.encode(message.scriptexe, writer.uint32(/* id 23, wireType 2 =*/186).fork(), q + 1).ldelim();
                if (message.fbscriptexe != null && Object.hasOwnProperty.call(message, "fbscriptexe"))
                    $root.cbbridge.sensor.CbFileBackedScriptExecute.encode(message.fbscriptexe, writer.uint32(/* id 24, wireType 2 =*/194).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a CbEventMsg message from the specified reader or buffer.
             * @function decode
             * @memberof cbbridge.sensor.CbEventMsg
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cbbridge.sensor.CbEventMsg} CbEventMsg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CbEventMsg.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.cbbridge.sensor.CbEventMsg();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.header = $root.cbbridge.sensor.CbHeaderMsg.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 2: {
                            if (!(message.strings && message.strings.length))
                                message.strings = [];
                            message.strings.push($root.cbbridge.sensor.CbStringMsg.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 3: {
                            message.process = $root.cbbridge.sensor.CbProcessMsg.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 4: {
                            message.modload = $root.cbbridge.sensor.CbModuleLoadMsg.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 5: {
                            message.filemod = $root.cbbridge.sensor.CbFileModMsg.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 6: {
                            message.network = $root.cbbridge.sensor.CbNetConnMsg.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 7: {
                            message.regmod = $root.cbbridge.sensor.CbRegModMsg.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 8: {
                            message.stats = $root.cbbridge.sensor.CbStatisticsMsg.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 9: {
                            message.module = $root.cbbridge.sensor.CbModuleInfoMsg.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 10: {
                            message.vtwrite = $root.cbbridge.sensor.CbVtWriteMsg.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 11: {
                            message.vtload = $root.cbbridge.sensor.CbVtLoadMsg.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 12: {
                            message.childproc = $root.cbbridge.sensor.CbChildProcessMsg.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 13: {
                            message.env = $root.cbbridge.sensor.CbEnvironmentMsg.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 14: {
                            message.crossproc = $root.cbbridge.sensor.CbCrossProcessMsg.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 15: {
                            message.tamperAlert = $root.cbbridge.sensor.CbTamperAlertMsg.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 16: {
                            message.blocked = $root.cbbridge.sensor.CbProcessBlockedMsg.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 17: {
                            message.emet = $root.cbbridge.sensor.CbEmetMitigationMsg.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 18: {
                            message.netconnBlocked = $root.cbbridge.sensor.CbNetConnBlockedMsg.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 19: {
                            message.processMeta = $root.cbbridge.sensor.CbProcessMetadataMsg.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 20: {
                            message.networkv2 = $root.cbbridge.sensor.CbNetConnMsgv2.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 21: {
                            message.netconnBlockedv2 = $root.cbbridge.sensor.CbNetConnBlockedMsgv2.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 22: {
                            message.internalUse = $root.cbbridge.sensor.InternalUse.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 23: {
                            message.scriptexe = $root.cbbridge.sensor.CbScriptExecute.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 24: {
                            message.fbscriptexe = $root.cbbridge.sensor.CbFileBackedScriptExecute.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                if (!Object.hasOwnProperty.call(message, "header"))
                    throw $util.ProtocolError("missing required 'header'", { instance: message });
                return message;
            };

            return CbEventMsg;
        })();

        return sensor;
    })();

    return cbbridge;
})();

module.exports = $root;
