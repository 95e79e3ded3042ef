import * as $protobuf from "protobufjs";
import Long = require("long");
/** Namespace cbbridge. */
export namespace cbbridge {

    /** Namespace sensor. */
    namespace sensor {

        /** Properties of a CbHeaderMsg. */
        interface ICbHeaderMsg {

            /** CbHeaderMsg version */
            version: number;

            /** CbHeaderMsg bootid */
            bootid?: (number|null);

            /** CbHeaderMsg eventid */
            eventid?: (number|null);

            /** CbHeaderMsg timestamp */
            timestamp?: (Long|null);

            /** CbHeaderMsg process_guid */
            process_guid?: (Long|null);

            /** CbHeaderMsg filepath_string_guid */
            filepath_string_guid?: (Long|null);

            /** CbHeaderMsg magic */
            magic?: (number|null);

            /** CbHeaderMsg process_filepath_string_guid */
            process_filepath_string_guid?: (Long|null);

            /** CbHeaderMsg process_create_time */
            process_create_time?: (Long|null);

            /** CbHeaderMsg process_pid */
            process_pid?: (number|null);

            /** CbHeaderMsg process_md5 */
            process_md5?: (Uint8Array|null);

            /** CbHeaderMsg process_path */
            process_path?: (string|null);

            /** CbHeaderMsg fork_pid */
            fork_pid?: (number|null);

            /** CbHeaderMsg process_sha256 */
            process_sha256?: (Uint8Array|null);
        }

        /** Represents a CbHeaderMsg. */
        class CbHeaderMsg implements ICbHeaderMsg {

            /**
             * Constructs a new CbHeaderMsg.
             * @param [properties] Properties to set
             */
            constructor(properties?: cbbridge.sensor.ICbHeaderMsg);

            /** CbHeaderMsg version. */
            public version: number;

            /** CbHeaderMsg bootid. */
            public bootid: number;

            /** CbHeaderMsg eventid. */
            public eventid: number;

            /** CbHeaderMsg timestamp. */
            public timestamp: Long;

            /** CbHeaderMsg process_guid. */
            public process_guid: Long;

            /** CbHeaderMsg filepath_string_guid. */
            public filepath_string_guid: Long;

            /** CbHeaderMsg magic. */
            public magic: number;

            /** CbHeaderMsg process_filepath_string_guid. */
            public process_filepath_string_guid: Long;

            /** CbHeaderMsg process_create_time. */
            public process_create_time: Long;

            /** CbHeaderMsg process_pid. */
            public process_pid: number;

            /** CbHeaderMsg process_md5. */
            public process_md5: Uint8Array;

            /** CbHeaderMsg process_path. */
            public process_path: string;

            /** CbHeaderMsg fork_pid. */
            public fork_pid: number;

            /** CbHeaderMsg process_sha256. */
            public process_sha256: Uint8Array;

            /**
             * Creates a new CbHeaderMsg instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CbHeaderMsg instance
             */
            public static create(properties?: cbbridge.sensor.ICbHeaderMsg): cbbridge.sensor.CbHeaderMsg;

            /**
             * Encodes the specified CbHeaderMsg message. Does not implicitly {@link cbbridge.sensor.CbHeaderMsg.verify|verify} messages.
             * @param message CbHeaderMsg message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: cbbridge.sensor.ICbHeaderMsg, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CbHeaderMsg message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns CbHeaderMsg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cbbridge.sensor.CbHeaderMsg;
        }

        /** Properties of a CbStringMsg. */
        interface ICbStringMsg {

            /** CbStringMsg guid */
            guid?: (Long|null);

            /** CbStringMsg utf8string */
            utf8string?: (Uint8Array|null);

            /** CbStringMsg string_type */
            string_type?: (cbbridge.sensor.CbStringMsg.CbStringType|null);
        }

        /** Represents a CbStringMsg. */
        class CbStringMsg implements ICbStringMsg {

            /**
             * Constructs a new CbStringMsg.
             * @param [properties] Properties to set
             */
            constructor(properties?: cbbridge.sensor.ICbStringMsg);

            /** CbStringMsg guid. */
            public guid: Long;

            /** CbStringMsg utf8string. */
            public utf8string: Uint8Array;

            /** CbStringMsg string_type. */
            public string_type: cbbridge.sensor.CbStringMsg.CbStringType;

            /**
             * Creates a new CbStringMsg instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CbStringMsg instance
             */
            public static create(properties?: cbbridge.sensor.ICbStringMsg): cbbridge.sensor.CbStringMsg;

            /**
             * Encodes the specified CbStringMsg message. Does not implicitly {@link cbbridge.sensor.CbStringMsg.verify|verify} messages.
             * @param message CbStringMsg message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: cbbridge.sensor.ICbStringMsg, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CbStringMsg message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns CbStringMsg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cbbridge.sensor.CbStringMsg;
        }

        namespace CbStringMsg {

            /** CbStringType enum. */
            enum CbStringType {
                typeFilepath = 1,
                typeRegpath = 2,
                typeNetpath = 3
            }
        }

        /** Properties of a CbProcessMsg. */
        interface ICbProcessMsg {

            /** CbProcessMsg pid */
            pid?: (number|null);

            /** CbProcessMsg created */
            created?: (boolean|null);

            /** CbProcessMsg parent_pid */
            parent_pid?: (number|null);

            /** CbProcessMsg parent_create_time */
            parent_create_time?: (Long|null);

            /** CbProcessMsg parent_guid */
            parent_guid?: (Long|null);

            /** CbProcessMsg md5hash */
            md5hash?: (Uint8Array|null);

            /** CbProcessMsg have_seen_before */
            have_seen_before?: (boolean|null);

            /** CbProcessMsg deprecated */
            deprecated?: (Long|null);

            /** CbProcessMsg commandline */
            commandline?: (Uint8Array|null);

            /** CbProcessMsg parent_md5 */
            parent_md5?: (Uint8Array|null);

            /** CbProcessMsg parent_path */
            parent_path?: (string|null);

            /** CbProcessMsg creationobserved */
            creationobserved?: (boolean|null);

            /** CbProcessMsg expect_followon_w_md5 */
            expect_followon_w_md5?: (boolean|null);

            /** CbProcessMsg uid */
            uid?: (string|null);

            /** CbProcessMsg username */
            username?: (string|null);

            /** CbProcessMsg actions */
            actions?: (cbbridge.sensor.ICbEmetMitigationAction[]|null);

            /** CbProcessMsg actionsAreFromGPO */
            actionsAreFromGPO?: (boolean|null);

            /** CbProcessMsg bFilteringKnownDlls */
            bFilteringKnownDlls?: (boolean|null);

            /** CbProcessMsg sha256hash */
            sha256hash?: (Uint8Array|null);

            /** CbProcessMsg parent_sha256 */
            parent_sha256?: (Uint8Array|null);

            /** CbProcessMsg logon_type */
            logon_type?: (number|null);
        }

        /** Represents a CbProcessMsg. */
        class CbProcessMsg implements ICbProcessMsg {

            /**
             * Constructs a new CbProcessMsg.
             * @param [properties] Properties to set
             */
            constructor(properties?: cbbridge.sensor.ICbProcessMsg);

            /** CbProcessMsg pid. */
            public pid: number;

            /** CbProcessMsg created. */
            public created: boolean;

            /** CbProcessMsg parent_pid. */
            public parent_pid: number;

            /** CbProcessMsg parent_create_time. */
            public parent_create_time: Long;

            /** CbProcessMsg parent_guid. */
            public parent_guid: Long;

            /** CbProcessMsg md5hash. */
            public md5hash: Uint8Array;

            /** CbProcessMsg have_seen_before. */
            public have_seen_before: boolean;

            /** CbProcessMsg deprecated. */
            public deprecated: Long;

            /** CbProcessMsg commandline. */
            public commandline: Uint8Array;

            /** CbProcessMsg parent_md5. */
            public parent_md5: Uint8Array;

            /** CbProcessMsg parent_path. */
            public parent_path: string;

            /** CbProcessMsg creationobserved. */
            public creationobserved: boolean;

            /** CbProcessMsg expect_followon_w_md5. */
            public expect_followon_w_md5: boolean;

            /** CbProcessMsg uid. */
            public uid: string;

            /** CbProcessMsg username. */
            public username: string;

            /** CbProcessMsg actions. */
            public actions: cbbridge.sensor.ICbEmetMitigationAction[];

            /** CbProcessMsg actionsAreFromGPO. */
            public actionsAreFromGPO: boolean;

            /** CbProcessMsg bFilteringKnownDlls. */
            public bFilteringKnownDlls: boolean;

            /** CbProcessMsg sha256hash. */
            public sha256hash: Uint8Array;

            /** CbProcessMsg parent_sha256. */
            public parent_sha256: Uint8Array;

            /** CbProcessMsg logon_type. */
            public logon_type: number;

            /**
             * Creates a new CbProcessMsg instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CbProcessMsg instance
             */
            public static create(properties?: cbbridge.sensor.ICbProcessMsg): cbbridge.sensor.CbProcessMsg;

            /**
             * Encodes the specified CbProcessMsg message. Does not implicitly {@link cbbridge.sensor.CbProcessMsg.verify|verify} messages.
             * @param message CbProcessMsg message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: cbbridge.sensor.ICbProcessMsg, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CbProcessMsg message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns CbProcessMsg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cbbridge.sensor.CbProcessMsg;
        }

        /** Properties of a CbSuppressedInfo. */
        interface ICbSuppressedInfo {

            /** CbSuppressedInfo bIsSuppressed */
            bIsSuppressed?: (boolean|null);

            /** CbSuppressedInfo state */
            state?: (cbbridge.sensor.CbSuppressedInfo.CbSuppressedProcessState|null);
        }

        /** Represents a CbSuppressedInfo. */
        class CbSuppressedInfo implements ICbSuppressedInfo {

            /**
             * Constructs a new CbSuppressedInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: cbbridge.sensor.ICbSuppressedInfo);

            /** CbSuppressedInfo bIsSuppressed. */
            public bIsSuppressed: boolean;

            /** CbSuppressedInfo state. */
            public state: cbbridge.sensor.CbSuppressedInfo.CbSuppressedProcessState;

            /**
             * Creates a new CbSuppressedInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CbSuppressedInfo instance
             */
            public static create(properties?: cbbridge.sensor.ICbSuppressedInfo): cbbridge.sensor.CbSuppressedInfo;

            /**
             * Encodes the specified CbSuppressedInfo message. Does not implicitly {@link cbbridge.sensor.CbSuppressedInfo.verify|verify} messages.
             * @param message CbSuppressedInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: cbbridge.sensor.ICbSuppressedInfo, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CbSuppressedInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns CbSuppressedInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cbbridge.sensor.CbSuppressedInfo;
        }

        namespace CbSuppressedInfo {

            /** CbSuppressedProcessState enum. */
            enum CbSuppressedProcessState {
                suppressedEventlessModloads = 1,
                suppressedEventlessWithXproc = 2
            }
        }

        /** Properties of a CbChildProcessMsg. */
        interface ICbChildProcessMsg {

            /** CbChildProcessMsg created */
            created?: (boolean|null);

            /** CbChildProcessMsg parent_guid */
            parent_guid?: (Long|null);

            /** CbChildProcessMsg md5hash */
            md5hash?: (Uint8Array|null);

            /** CbChildProcessMsg child_guid */
            child_guid?: (Long|null);

            /** CbChildProcessMsg path */
            path?: (string|null);

            /** CbChildProcessMsg pid */
            pid?: (Long|null);

            /** CbChildProcessMsg create_time */
            create_time?: (Long|null);

            /** CbChildProcessMsg tamper */
            tamper?: (boolean|null);

            /** CbChildProcessMsg suppressed */
            suppressed?: (cbbridge.sensor.ICbSuppressedInfo|null);

            /** CbChildProcessMsg commandline */
            commandline?: (Uint8Array|null);

            /** CbChildProcessMsg username */
            username?: (string|null);

            /** CbChildProcessMsg childProcType */
            childProcType?: (cbbridge.sensor.CbChildProcessMsg.CbChildProcType|null);

            /** CbChildProcessMsg tamper_sent */
            tamper_sent?: (boolean|null);

            /** CbChildProcessMsg sha256hash */
            sha256hash?: (Uint8Array|null);
        }

        /** Represents a CbChildProcessMsg. */
        class CbChildProcessMsg implements ICbChildProcessMsg {

            /**
             * Constructs a new CbChildProcessMsg.
             * @param [properties] Properties to set
             */
            constructor(properties?: cbbridge.sensor.ICbChildProcessMsg);

            /** CbChildProcessMsg created. */
            public created: boolean;

            /** CbChildProcessMsg parent_guid. */
            public parent_guid: Long;

            /** CbChildProcessMsg md5hash. */
            public md5hash: Uint8Array;

            /** CbChildProcessMsg child_guid. */
            public child_guid: Long;

            /** CbChildProcessMsg path. */
            public path: string;

            /** CbChildProcessMsg pid. */
            public pid: Long;

            /** CbChildProcessMsg create_time. */
            public create_time: Long;

            /** CbChildProcessMsg tamper. */
            public tamper: boolean;

            /** CbChildProcessMsg suppressed. */
            public suppressed?: (cbbridge.sensor.ICbSuppressedInfo|null);

            /** CbChildProcessMsg commandline. */
            public commandline: Uint8Array;

            /** CbChildProcessMsg username. */
            public username: string;

            /** CbChildProcessMsg childProcType. */
            public childProcType: cbbridge.sensor.CbChildProcessMsg.CbChildProcType;

            /** CbChildProcessMsg tamper_sent. */
            public tamper_sent: boolean;

            /** CbChildProcessMsg sha256hash. */
            public sha256hash: Uint8Array;

            /**
             * Creates a new CbChildProcessMsg instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CbChildProcessMsg instance
             */
            public static create(properties?: cbbridge.sensor.ICbChildProcessMsg): cbbridge.sensor.CbChildProcessMsg;

            /**
             * Encodes the specified CbChildProcessMsg message. Does not implicitly {@link cbbridge.sensor.CbChildProcessMsg.verify|verify} messages.
             * @param message CbChildProcessMsg message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: cbbridge.sensor.ICbChildProcessMsg, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CbChildProcessMsg message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns CbChildProcessMsg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cbbridge.sensor.CbChildProcessMsg;
        }

        namespace CbChildProcessMsg {

            /** CbChildProcType enum. */
            enum CbChildProcType {
                childProcExec = 0,
                childProcFork = 1,
                childProcOtherExec = 2
            }
        }

        /** Properties of a CbModuleLoadMsg. */
        interface ICbModuleLoadMsg {

            /** CbModuleLoadMsg guid */
            guid?: (Long|null);

            /** CbModuleLoadMsg handlepath_string_guid */
            handlepath_string_guid?: (Long|null);

            /** CbModuleLoadMsg md5hash */
            md5hash?: (Uint8Array|null);

            /** CbModuleLoadMsg scanid */
            scanid?: (number|null);

            /** CbModuleLoadMsg is_process_base_module */
            is_process_base_module?: (boolean|null);

            /** CbModuleLoadMsg image_base */
            image_base?: (Long|null);

            /** CbModuleLoadMsg image_size */
            image_size?: (number|null);

            /** CbModuleLoadMsg sha256hash */
            sha256hash?: (Uint8Array|null);
        }

        /** Represents a CbModuleLoadMsg. */
        class CbModuleLoadMsg implements ICbModuleLoadMsg {

            /**
             * Constructs a new CbModuleLoadMsg.
             * @param [properties] Properties to set
             */
            constructor(properties?: cbbridge.sensor.ICbModuleLoadMsg);

            /** CbModuleLoadMsg guid. */
            public guid: Long;

            /** CbModuleLoadMsg handlepath_string_guid. */
            public handlepath_string_guid: Long;

            /** CbModuleLoadMsg md5hash. */
            public md5hash: Uint8Array;

            /** CbModuleLoadMsg scanid. */
            public scanid: number;

            /** CbModuleLoadMsg is_process_base_module. */
            public is_process_base_module: boolean;

            /** CbModuleLoadMsg image_base. */
            public image_base: Long;

            /** CbModuleLoadMsg image_size. */
            public image_size: number;

            /** CbModuleLoadMsg sha256hash. */
            public sha256hash: Uint8Array;

            /**
             * Creates a new CbModuleLoadMsg instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CbModuleLoadMsg instance
             */
            public static create(properties?: cbbridge.sensor.ICbModuleLoadMsg): cbbridge.sensor.CbModuleLoadMsg;

            /**
             * Encodes the specified CbModuleLoadMsg message. Does not implicitly {@link cbbridge.sensor.CbModuleLoadMsg.verify|verify} messages.
             * @param message CbModuleLoadMsg message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: cbbridge.sensor.ICbModuleLoadMsg, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CbModuleLoadMsg message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns CbModuleLoadMsg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cbbridge.sensor.CbModuleLoadMsg;
        }

        /** Properties of a CbFileModMsg. */
        interface ICbFileModMsg {

            /** CbFileModMsg guid */
            guid?: (Long|null);

            /** CbFileModMsg action */
            action?: (cbbridge.sensor.CbFileModMsg.CbFileModAction|null);

            /** CbFileModMsg have_seen_before */
            have_seen_before?: (boolean|null);

            /** CbFileModMsg md5hash */
            md5hash?: (Uint8Array|null);

            /** CbFileModMsg type */
            type?: (cbbridge.sensor.CbFileModMsg.CbFileType|null);

            /** CbFileModMsg tamper */
            tamper?: (boolean|null);

            /** CbFileModMsg tamper_sent */
            tamper_sent?: (boolean|null);

            /** CbFileModMsg sha256hash */
            sha256hash?: (Uint8Array|null);
        }

        /** Represents a CbFileModMsg. */
        class CbFileModMsg implements ICbFileModMsg {

            /**
             * Constructs a new CbFileModMsg.
             * @param [properties] Properties to set
             */
            constructor(properties?: cbbridge.sensor.ICbFileModMsg);

            /** CbFileModMsg guid. */
            public guid: Long;

            /** CbFileModMsg action. */
            public action: cbbridge.sensor.CbFileModMsg.CbFileModAction;

            /** CbFileModMsg have_seen_before. */
            public have_seen_before: boolean;

            /** CbFileModMsg md5hash. */
            public md5hash: Uint8Array;

            /** CbFileModMsg type. */
            public type: cbbridge.sensor.CbFileModMsg.CbFileType;

            /** CbFileModMsg tamper. */
            public tamper: boolean;

            /** CbFileModMsg tamper_sent. */
            public tamper_sent: boolean;

            /** CbFileModMsg sha256hash. */
            public sha256hash: Uint8Array;

            /**
             * Creates a new CbFileModMsg instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CbFileModMsg instance
             */
            public static create(properties?: cbbridge.sensor.ICbFileModMsg): cbbridge.sensor.CbFileModMsg;

            /**
             * Encodes the specified CbFileModMsg message. Does not implicitly {@link cbbridge.sensor.CbFileModMsg.verify|verify} messages.
             * @param message CbFileModMsg message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: cbbridge.sensor.ICbFileModMsg, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CbFileModMsg message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns CbFileModMsg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cbbridge.sensor.CbFileModMsg;
        }

        namespace CbFileModMsg {

            /** CbFileModAction enum. */
            enum CbFileModAction {
                actionFileModCreate = 1,
                actionFileModWrite = 2,
                actionFileModDelete = 4,
                actionFileModLastWrite = 8,
                actionFileModOpen = 16
            }

            /** CbFileType enum. */
            enum CbFileType {
                filetypeUnknown = 0,
                filetypePe = 1,
                filetypeElf = 2,
                filetypeUniversalBin = 3,
                filetypeEicar = 8,
                filetypeOfficeLegacy = 16,
                filetypeOfficeOpenXml = 17,
                filetypePdf = 48,
                filetypeArchivePkzip = 64,
                filetypeArchiveLzh = 65,
                filetypeArchiveLzw = 66,
                filetypeArchiveRar = 67,
                filetypeArchiveTar = 68,
                filetypeArchive7zip = 69,
                filetypeMsLnk = 96,
                filetypeFlashFlv = 112,
                filetypeFlashSwf = 113
            }
        }

        /** Properties of a CbRegModMsg. */
        interface ICbRegModMsg {

            /** CbRegModMsg guid */
            guid?: (Long|null);

            /** CbRegModMsg action */
            action?: (cbbridge.sensor.CbRegModMsg.CbRegModAction|null);

            /** CbRegModMsg have_seen_before */
            have_seen_before?: (boolean|null);

            /** CbRegModMsg utf8_regpath */
            utf8_regpath?: (Uint8Array|null);

            /** CbRegModMsg tamper */
            tamper?: (boolean|null);

            /** CbRegModMsg tamper_sent */
            tamper_sent?: (boolean|null);
        }

        /** Represents a CbRegModMsg. */
        class CbRegModMsg implements ICbRegModMsg {

            /**
             * Constructs a new CbRegModMsg.
             * @param [properties] Properties to set
             */
            constructor(properties?: cbbridge.sensor.ICbRegModMsg);

            /** CbRegModMsg guid. */
            public guid: Long;

            /** CbRegModMsg action. */
            public action: cbbridge.sensor.CbRegModMsg.CbRegModAction;

            /** CbRegModMsg have_seen_before. */
            public have_seen_before: boolean;

            /** CbRegModMsg utf8_regpath. */
            public utf8_regpath: Uint8Array;

            /** CbRegModMsg tamper. */
            public tamper: boolean;

            /** CbRegModMsg tamper_sent. */
            public tamper_sent: boolean;

            /**
             * Creates a new CbRegModMsg instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CbRegModMsg instance
             */
            public static create(properties?: cbbridge.sensor.ICbRegModMsg): cbbridge.sensor.CbRegModMsg;

            /**
             * Encodes the specified CbRegModMsg message. Does not implicitly {@link cbbridge.sensor.CbRegModMsg.verify|verify} messages.
             * @param message CbRegModMsg message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: cbbridge.sensor.ICbRegModMsg, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CbRegModMsg message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns CbRegModMsg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cbbridge.sensor.CbRegModMsg;
        }

        namespace CbRegModMsg {

            /** CbRegModAction enum. */
            enum CbRegModAction {
                actionRegModCreateKey = 1,
                actionRegModWriteValue = 2,
                actionRegModDeleteKey = 4,
                actionRegModDeleteValue = 8
            }
        }

        /** Properties of a CbNetConnMsg. */
        interface ICbNetConnMsg {

            /** CbNetConnMsg guid */
            guid?: (Long|null);

            /** CbNetConnMsg ipv4Address */
            ipv4Address?: (number|null);

            /** CbNetConnMsg ipv6LoPart */
            ipv6LoPart?: (Long|null);

            /** CbNetConnMsg ipv6HiPart */
            ipv6HiPart?: (Long|null);

            /** CbNetConnMsg port */
            port?: (number|null);

            /** CbNetConnMsg protocol */
            protocol?: (cbbridge.sensor.CbNetConnMsg.ProtocolType|null);

            /** CbNetConnMsg utf8_netpath */
            utf8_netpath?: (Uint8Array|null);

            /** CbNetConnMsg outbound */
            outbound?: (boolean|null);

            /** CbNetConnMsg proxyConnection */
            proxyConnection?: (boolean|null);

            /** CbNetConnMsg proxyIpv4Address */
            proxyIpv4Address?: (number|null);

            /** CbNetConnMsg proxyPort */
            proxyPort?: (number|null);

            /** CbNetConnMsg proxyNetPath */
            proxyNetPath?: (string|null);

            /** CbNetConnMsg remoteIpAddress */
            remoteIpAddress?: (number|null);

            /** CbNetConnMsg remotePort */
            remotePort?: (number|null);

            /** CbNetConnMsg localIpAddress */
            localIpAddress?: (number|null);

            /** CbNetConnMsg localPort */
            localPort?: (number|null);
        }

        /** Represents a CbNetConnMsg. */
        class CbNetConnMsg implements ICbNetConnMsg {

            /**
             * Constructs a new CbNetConnMsg.
             * @param [properties] Properties to set
             */
            constructor(properties?: cbbridge.sensor.ICbNetConnMsg);

            /** CbNetConnMsg guid. */
            public guid: Long;

            /** CbNetConnMsg ipv4Address. */
            public ipv4Address: number;

            /** CbNetConnMsg ipv6LoPart. */
            public ipv6LoPart: Long;

            /** CbNetConnMsg ipv6HiPart. */
            public ipv6HiPart: Long;

            /** CbNetConnMsg port. */
            public port: number;

            /** CbNetConnMsg protocol. */
            public protocol: cbbridge.sensor.CbNetConnMsg.ProtocolType;

            /** CbNetConnMsg utf8_netpath. */
            public utf8_netpath: Uint8Array;

            /** CbNetConnMsg outbound. */
            public outbound: boolean;

            /** CbNetConnMsg proxyConnection. */
            public proxyConnection: boolean;

            /** CbNetConnMsg proxyIpv4Address. */
            public proxyIpv4Address: number;

            /** CbNetConnMsg proxyPort. */
            public proxyPort: number;

            /** CbNetConnMsg proxyNetPath. */
            public proxyNetPath: string;

            /** CbNetConnMsg remoteIpAddress. */
            public remoteIpAddress: number;

            /** CbNetConnMsg remotePort. */
            public remotePort: number;

            /** CbNetConnMsg localIpAddress. */
            public localIpAddress: number;

            /** CbNetConnMsg localPort. */
            public localPort: number;

            /**
             * Creates a new CbNetConnMsg instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CbNetConnMsg instance
             */
            public static create(properties?: cbbridge.sensor.ICbNetConnMsg): cbbridge.sensor.CbNetConnMsg;

            /**
             * Encodes the specified CbNetConnMsg message. Does not implicitly {@link cbbridge.sensor.CbNetConnMsg.verify|verify} messages.
             * @param message CbNetConnMsg message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: cbbridge.sensor.ICbNetConnMsg, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CbNetConnMsg message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns CbNetConnMsg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cbbridge.sensor.CbNetConnMsg;
        }

        namespace CbNetConnMsg {

            /** ProtocolType enum. */
            enum ProtocolType {
                ProtoTcp = 6,
                ProtoUdp = 17
            }
        }

        /** Properties of a CbIpAddr. */
        interface ICbIpAddr {

            /** CbIpAddr bIsIpv6 */
            bIsIpv6?: (boolean|null);

            /** CbIpAddr ipv4Address */
            ipv4Address?: (number|null);

            /** CbIpAddr ipv6Low */
            ipv6Low?: (Long|null);

            /** CbIpAddr ipv6High */
            ipv6High?: (Long|null);

            /** CbIpAddr ipv6Scope */
            ipv6Scope?: (string|null);
        }

        /** Represents a CbIpAddr. */
        class CbIpAddr implements ICbIpAddr {

            /**
             * Constructs a new CbIpAddr.
             * @param [properties] Properties to set
             */
            constructor(properties?: cbbridge.sensor.ICbIpAddr);

            /** CbIpAddr bIsIpv6. */
            public bIsIpv6: boolean;

            /** CbIpAddr ipv4Address. */
            public ipv4Address: number;

            /** CbIpAddr ipv6Low. */
            public ipv6Low: Long;

            /** CbIpAddr ipv6High. */
            public ipv6High: Long;

            /** CbIpAddr ipv6Scope. */
            public ipv6Scope: string;

            /**
             * Creates a new CbIpAddr instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CbIpAddr instance
             */
            public static create(properties?: cbbridge.sensor.ICbIpAddr): cbbridge.sensor.CbIpAddr;

            /**
             * Encodes the specified CbIpAddr message. Does not implicitly {@link cbbridge.sensor.CbIpAddr.verify|verify} messages.
             * @param message CbIpAddr message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: cbbridge.sensor.ICbIpAddr, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CbIpAddr message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns CbIpAddr
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cbbridge.sensor.CbIpAddr;
        }

        /** Properties of a CbNetConnMsgv2. */
        interface ICbNetConnMsgv2 {

            /** CbNetConnMsgv2 protocol */
            protocol?: (cbbridge.sensor.CbNetConnMsgv2.ProtocolType|null);

            /** CbNetConnMsgv2 utf8_netpath */
            utf8_netpath?: (Uint8Array|null);

            /** CbNetConnMsgv2 outbound */
            outbound?: (boolean|null);

            /** CbNetConnMsgv2 proxyConnection */
            proxyConnection?: (boolean|null);

            /** CbNetConnMsgv2 proxyIpAddress */
            proxyIpAddress?: (cbbridge.sensor.ICbIpAddr|null);

            /** CbNetConnMsgv2 proxyPort */
            proxyPort?: (number|null);

            /** CbNetConnMsgv2 proxyNetPath */
            proxyNetPath?: (string|null);

            /** CbNetConnMsgv2 remoteIpAddress */
            remoteIpAddress?: (cbbridge.sensor.ICbIpAddr|null);

            /** CbNetConnMsgv2 remotePort */
            remotePort?: (number|null);

            /** CbNetConnMsgv2 localIpAddress */
            localIpAddress?: (cbbridge.sensor.ICbIpAddr|null);

            /** CbNetConnMsgv2 localPort */
            localPort?: (number|null);

            /** CbNetConnMsgv2 ja3 */
            ja3?: (string|null);

            /** CbNetConnMsgv2 ja3s */
            ja3s?: (string|null);
        }

        /** Represents a CbNetConnMsgv2. */
        class CbNetConnMsgv2 implements ICbNetConnMsgv2 {

            /**
             * Constructs a new CbNetConnMsgv2.
             * @param [properties] Properties to set
             */
            constructor(properties?: cbbridge.sensor.ICbNetConnMsgv2);

            /** CbNetConnMsgv2 protocol. */
            public protocol: cbbridge.sensor.CbNetConnMsgv2.ProtocolType;

            /** CbNetConnMsgv2 utf8_netpath. */
            public utf8_netpath: Uint8Array;

            /** CbNetConnMsgv2 outbound. */
            public outbound: boolean;

            /** CbNetConnMsgv2 proxyConnection. */
            public proxyConnection: boolean;

            /** CbNetConnMsgv2 proxyIpAddress. */
            public proxyIpAddress?: (cbbridge.sensor.ICbIpAddr|null);

            /** CbNetConnMsgv2 proxyPort. */
            public proxyPort: number;

            /** CbNetConnMsgv2 proxyNetPath. */
            public proxyNetPath: string;

            /** CbNetConnMsgv2 remoteIpAddress. */
            public remoteIpAddress?: (cbbridge.sensor.ICbIpAddr|null);

            /** CbNetConnMsgv2 remotePort. */
            public remotePort: number;

            /** CbNetConnMsgv2 localIpAddress. */
            public localIpAddress?: (cbbridge.sensor.ICbIpAddr|null);

            /** CbNetConnMsgv2 localPort. */
            public localPort: number;

            /** CbNetConnMsgv2 ja3. */
            public ja3: string;

            /** CbNetConnMsgv2 ja3s. */
            public ja3s: string;

            /**
             * Creates a new CbNetConnMsgv2 instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CbNetConnMsgv2 instance
             */
            public static create(properties?: cbbridge.sensor.ICbNetConnMsgv2): cbbridge.sensor.CbNetConnMsgv2;

            /**
             * Encodes the specified CbNetConnMsgv2 message. Does not implicitly {@link cbbridge.sensor.CbNetConnMsgv2.verify|verify} messages.
             * @param message CbNetConnMsgv2 message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: cbbridge.sensor.ICbNetConnMsgv2, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CbNetConnMsgv2 message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns CbNetConnMsgv2
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cbbridge.sensor.CbNetConnMsgv2;
        }

        namespace CbNetConnMsgv2 {

            /** ProtocolType enum. */
            enum ProtocolType {
                ProtoTcp = 6,
                ProtoUdp = 17
            }
        }

        /** Properties of a CbNetConnBlockedMsgv2. */
        interface ICbNetConnBlockedMsgv2 {

            /** CbNetConnBlockedMsgv2 blockedType */
            blockedType?: (cbbridge.sensor.CbNetConnBlockedMsgv2.NetconnBlockType|null);

            /** CbNetConnBlockedMsgv2 port */
            port?: (number|null);

            /** CbNetConnBlockedMsgv2 protocol */
            protocol?: (cbbridge.sensor.CbNetConnBlockedMsgv2.ProtocolType|null);

            /** CbNetConnBlockedMsgv2 utf8_netpath */
            utf8_netpath?: (Uint8Array|null);

            /** CbNetConnBlockedMsgv2 outbound */
            outbound?: (boolean|null);

            /** CbNetConnBlockedMsgv2 proxyConnection */
            proxyConnection?: (boolean|null);

            /** CbNetConnBlockedMsgv2 proxyIpAddress */
            proxyIpAddress?: (cbbridge.sensor.ICbIpAddr|null);

            /** CbNetConnBlockedMsgv2 proxyPort */
            proxyPort?: (number|null);

            /** CbNetConnBlockedMsgv2 proxyNetPath */
            proxyNetPath?: (string|null);

            /** CbNetConnBlockedMsgv2 remoteIpAddress */
            remoteIpAddress?: (cbbridge.sensor.ICbIpAddr|null);

            /** CbNetConnBlockedMsgv2 remotePort */
            remotePort?: (number|null);

            /** CbNetConnBlockedMsgv2 localIpAddress */
            localIpAddress?: (cbbridge.sensor.ICbIpAddr|null);

            /** CbNetConnBlockedMsgv2 localPort */
            localPort?: (number|null);

            /** CbNetConnBlockedMsgv2 ja3 */
            ja3?: (string|null);

            /** CbNetConnBlockedMsgv2 ja3s */
            ja3s?: (string|null);
        }

        /** Represents a CbNetConnBlockedMsgv2. */
        class CbNetConnBlockedMsgv2 implements ICbNetConnBlockedMsgv2 {

            /**
             * Constructs a new CbNetConnBlockedMsgv2.
             * @param [properties] Properties to set
             */
            constructor(properties?: cbbridge.sensor.ICbNetConnBlockedMsgv2);

            /** CbNetConnBlockedMsgv2 blockedType. */
            public blockedType: cbbridge.sensor.CbNetConnBlockedMsgv2.NetconnBlockType;

            /** CbNetConnBlockedMsgv2 port. */
            public port: number;

            /** CbNetConnBlockedMsgv2 protocol. */
            public protocol: cbbridge.sensor.CbNetConnBlockedMsgv2.ProtocolType;

            /** CbNetConnBlockedMsgv2 utf8_netpath. */
            public utf8_netpath: Uint8Array;

            /** CbNetConnBlockedMsgv2 outbound. */
            public outbound: boolean;

            /** CbNetConnBlockedMsgv2 proxyConnection. */
            public proxyConnection: boolean;

            /** CbNetConnBlockedMsgv2 proxyIpAddress. */
            public proxyIpAddress?: (cbbridge.sensor.ICbIpAddr|null);

            /** CbNetConnBlockedMsgv2 proxyPort. */
            public proxyPort: number;

            /** CbNetConnBlockedMsgv2 proxyNetPath. */
            public proxyNetPath: string;

            /** CbNetConnBlockedMsgv2 remoteIpAddress. */
            public remoteIpAddress?: (cbbridge.sensor.ICbIpAddr|null);

            /** CbNetConnBlockedMsgv2 remotePort. */
            public remotePort: number;

            /** CbNetConnBlockedMsgv2 localIpAddress. */
            public localIpAddress?: (cbbridge.sensor.ICbIpAddr|null);

            /** CbNetConnBlockedMsgv2 localPort. */
            public localPort: number;

            /** CbNetConnBlockedMsgv2 ja3. */
            public ja3: string;

            /** CbNetConnBlockedMsgv2 ja3s. */
            public ja3s: string;

            /**
             * Creates a new CbNetConnBlockedMsgv2 instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CbNetConnBlockedMsgv2 instance
             */
            public static create(properties?: cbbridge.sensor.ICbNetConnBlockedMsgv2): cbbridge.sensor.CbNetConnBlockedMsgv2;

            /**
             * Encodes the specified CbNetConnBlockedMsgv2 message. Does not implicitly {@link cbbridge.sensor.CbNetConnBlockedMsgv2.verify|verify} messages.
             * @param message CbNetConnBlockedMsgv2 message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: cbbridge.sensor.ICbNetConnBlockedMsgv2, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CbNetConnBlockedMsgv2 message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns CbNetConnBlockedMsgv2
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cbbridge.sensor.CbNetConnBlockedMsgv2;
        }

        namespace CbNetConnBlockedMsgv2 {

            /** ProtocolType enum. */
            enum ProtocolType {
                ProtoTcp = 6,
                ProtoUdp = 17
            }

            /** NetconnBlockType enum. */
            enum NetconnBlockType {
                NetworkIsolation = 1
            }
        }

        /** Properties of a CbLinStatsMsg. */
        interface ICbLinStatsMsg {

            /** CbLinStatsMsg lin_total */
            lin_total?: (number|null);

            /** CbLinStatsMsg lin_successful */
            lin_successful?: (number|null);

            /** CbLinStatsMsg lin_no_scanidi */
            lin_no_scanidi?: (number|null);

            /** CbLinStatsMsg lin_total_pended */
            lin_total_pended?: (number|null);

            /** CbLinStatsMsg lin_current_scanid_pended_size */
            lin_current_scanid_pended_size?: (number|null);

            /** CbLinStatsMsg lin_current_handlepath_pended_size */
            lin_current_handlepath_pended_size?: (number|null);

            /** CbLinStatsMsg lin_current_filepath_pended_size */
            lin_current_filepath_pended_size?: (number|null);
        }

        /** Represents a CbLinStatsMsg. */
        class CbLinStatsMsg implements ICbLinStatsMsg {

            /**
             * Constructs a new CbLinStatsMsg.
             * @param [properties] Properties to set
             */
            constructor(properties?: cbbridge.sensor.ICbLinStatsMsg);

            /** CbLinStatsMsg lin_total. */
            public lin_total: number;

            /** CbLinStatsMsg lin_successful. */
            public lin_successful: number;

            /** CbLinStatsMsg lin_no_scanidi. */
            public lin_no_scanidi: number;

            /** CbLinStatsMsg lin_total_pended. */
            public lin_total_pended: number;

            /** CbLinStatsMsg lin_current_scanid_pended_size. */
            public lin_current_scanid_pended_size: number;

            /** CbLinStatsMsg lin_current_handlepath_pended_size. */
            public lin_current_handlepath_pended_size: number;

            /** CbLinStatsMsg lin_current_filepath_pended_size. */
            public lin_current_filepath_pended_size: number;

            /**
             * Creates a new CbLinStatsMsg instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CbLinStatsMsg instance
             */
            public static create(properties?: cbbridge.sensor.ICbLinStatsMsg): cbbridge.sensor.CbLinStatsMsg;

            /**
             * Encodes the specified CbLinStatsMsg message. Does not implicitly {@link cbbridge.sensor.CbLinStatsMsg.verify|verify} messages.
             * @param message CbLinStatsMsg message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: cbbridge.sensor.ICbLinStatsMsg, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CbLinStatsMsg message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns CbLinStatsMsg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cbbridge.sensor.CbLinStatsMsg;
        }

        /** Properties of a CbCrossProcessOpenMsg. */
        interface ICbCrossProcessOpenMsg {

            /** CbCrossProcessOpenMsg type */
            type?: (cbbridge.sensor.CbCrossProcessOpenMsg.OpenType|null);

            /** CbCrossProcessOpenMsg targetPid */
            targetPid?: (number|null);

            /** CbCrossProcessOpenMsg targetProcCreateTime */
            targetProcCreateTime?: (Long|null);

            /** CbCrossProcessOpenMsg requestedAccess */
            requestedAccess?: (number|null);

            /** CbCrossProcessOpenMsg targetProcPath */
            targetProcPath?: (string|null);

            /** CbCrossProcessOpenMsg targetProcMd5 */
            targetProcMd5?: (Uint8Array|null);

            /** CbCrossProcessOpenMsg targetProcSha256 */
            targetProcSha256?: (Uint8Array|null);
        }

        /** Represents a CbCrossProcessOpenMsg. */
        class CbCrossProcessOpenMsg implements ICbCrossProcessOpenMsg {

            /**
             * Constructs a new CbCrossProcessOpenMsg.
             * @param [properties] Properties to set
             */
            constructor(properties?: cbbridge.sensor.ICbCrossProcessOpenMsg);

            /** CbCrossProcessOpenMsg type. */
            public type: cbbridge.sensor.CbCrossProcessOpenMsg.OpenType;

            /** CbCrossProcessOpenMsg targetPid. */
            public targetPid: number;

            /** CbCrossProcessOpenMsg targetProcCreateTime. */
            public targetProcCreateTime: Long;

            /** CbCrossProcessOpenMsg requestedAccess. */
            public requestedAccess: number;

            /** CbCrossProcessOpenMsg targetProcPath. */
            public targetProcPath: string;

            /** CbCrossProcessOpenMsg targetProcMd5. */
            public targetProcMd5: Uint8Array;

            /** CbCrossProcessOpenMsg targetProcSha256. */
            public targetProcSha256: Uint8Array;

            /**
             * Creates a new CbCrossProcessOpenMsg instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CbCrossProcessOpenMsg instance
             */
            public static create(properties?: cbbridge.sensor.ICbCrossProcessOpenMsg): cbbridge.sensor.CbCrossProcessOpenMsg;

            /**
             * Encodes the specified CbCrossProcessOpenMsg message. Does not implicitly {@link cbbridge.sensor.CbCrossProcessOpenMsg.verify|verify} messages.
             * @param message CbCrossProcessOpenMsg message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: cbbridge.sensor.ICbCrossProcessOpenMsg, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CbCrossProcessOpenMsg message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns CbCrossProcessOpenMsg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cbbridge.sensor.CbCrossProcessOpenMsg;
        }

        namespace CbCrossProcessOpenMsg {

            /** OpenType enum. */
            enum OpenType {
                OpenProcessHandle = 1,
                OpenThreadHandle = 2
            }
        }

        /** Properties of a CbCreateRemoteThreadMsg. */
        interface ICbCreateRemoteThreadMsg {

            /** CbCreateRemoteThreadMsg remoteProcPid */
            remoteProcPid?: (number|null);

            /** CbCreateRemoteThreadMsg remoteProcCreateTime */
            remoteProcCreateTime?: (Long|null);

            /** CbCreateRemoteThreadMsg remoteProcPath */
            remoteProcPath?: (string|null);

            /** CbCreateRemoteThreadMsg remoteProcMd5 */
            remoteProcMd5?: (Uint8Array|null);

            /** CbCreateRemoteThreadMsg remoteProcSha256 */
            remoteProcSha256?: (Uint8Array|null);
        }

        /** Represents a CbCreateRemoteThreadMsg. */
        class CbCreateRemoteThreadMsg implements ICbCreateRemoteThreadMsg {

            /**
             * Constructs a new CbCreateRemoteThreadMsg.
             * @param [properties] Properties to set
             */
            constructor(properties?: cbbridge.sensor.ICbCreateRemoteThreadMsg);

            /** CbCreateRemoteThreadMsg remoteProcPid. */
            public remoteProcPid: number;

            /** CbCreateRemoteThreadMsg remoteProcCreateTime. */
            public remoteProcCreateTime: Long;

            /** CbCreateRemoteThreadMsg remoteProcPath. */
            public remoteProcPath: string;

            /** CbCreateRemoteThreadMsg remoteProcMd5. */
            public remoteProcMd5: Uint8Array;

            /** CbCreateRemoteThreadMsg remoteProcSha256. */
            public remoteProcSha256: Uint8Array;

            /**
             * Creates a new CbCreateRemoteThreadMsg instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CbCreateRemoteThreadMsg instance
             */
            public static create(properties?: cbbridge.sensor.ICbCreateRemoteThreadMsg): cbbridge.sensor.CbCreateRemoteThreadMsg;

            /**
             * Encodes the specified CbCreateRemoteThreadMsg message. Does not implicitly {@link cbbridge.sensor.CbCreateRemoteThreadMsg.verify|verify} messages.
             * @param message CbCreateRemoteThreadMsg message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: cbbridge.sensor.ICbCreateRemoteThreadMsg, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CbCreateRemoteThreadMsg message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns CbCreateRemoteThreadMsg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cbbridge.sensor.CbCreateRemoteThreadMsg;
        }

        /** Properties of a CbCrossProcessMsg. */
        interface ICbCrossProcessMsg {

            /** CbCrossProcessMsg open */
            open?: (cbbridge.sensor.ICbCrossProcessOpenMsg|null);

            /** CbCrossProcessMsg remotethread */
            remotethread?: (cbbridge.sensor.ICbCreateRemoteThreadMsg|null);

            /** CbCrossProcessMsg tamper */
            tamper?: (boolean|null);

            /** CbCrossProcessMsg isTarget */
            isTarget?: (boolean|null);

            /** CbCrossProcessMsg tamper_sent */
            tamper_sent?: (boolean|null);
        }

        /** Represents a CbCrossProcessMsg. */
        class CbCrossProcessMsg implements ICbCrossProcessMsg {

            /**
             * Constructs a new CbCrossProcessMsg.
             * @param [properties] Properties to set
             */
            constructor(properties?: cbbridge.sensor.ICbCrossProcessMsg);

            /** CbCrossProcessMsg open. */
            public open?: (cbbridge.sensor.ICbCrossProcessOpenMsg|null);

            /** CbCrossProcessMsg remotethread. */
            public remotethread?: (cbbridge.sensor.ICbCreateRemoteThreadMsg|null);

            /** CbCrossProcessMsg tamper. */
            public tamper: boolean;

            /** CbCrossProcessMsg isTarget. */
            public isTarget: boolean;

            /** CbCrossProcessMsg tamper_sent. */
            public tamper_sent: boolean;

            /**
             * Creates a new CbCrossProcessMsg instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CbCrossProcessMsg instance
             */
            public static create(properties?: cbbridge.sensor.ICbCrossProcessMsg): cbbridge.sensor.CbCrossProcessMsg;

            /**
             * Encodes the specified CbCrossProcessMsg message. Does not implicitly {@link cbbridge.sensor.CbCrossProcessMsg.verify|verify} messages.
             * @param message CbCrossProcessMsg message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: cbbridge.sensor.ICbCrossProcessMsg, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CbCrossProcessMsg message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns CbCrossProcessMsg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cbbridge.sensor.CbCrossProcessMsg;
        }

        /** Properties of a CbProcessBlockedMsg. */
        interface ICbProcessBlockedMsg {

            /** CbProcessBlockedMsg blockedType */
            blockedType?: (cbbridge.sensor.CbProcessBlockedMsg.BlockType|null);

            /** CbProcessBlockedMsg blockedEvent */
            blockedEvent?: (cbbridge.sensor.CbProcessBlockedMsg.BlockEvent|null);

            /** CbProcessBlockedMsg blockedmd5Hash */
            blockedmd5Hash?: (Uint8Array|null);

            /** CbProcessBlockedMsg blockedPath */
            blockedPath?: (string|null);

            /** CbProcessBlockedMsg blockResult */
            blockResult?: (cbbridge.sensor.CbProcessBlockedMsg.BlockResult|null);

            /** CbProcessBlockedMsg blockError */
            blockError?: (number|null);

            /** CbProcessBlockedMsg blockedPid */
            blockedPid?: (number|null);

            /** CbProcessBlockedMsg blockedProcCreateTime */
            blockedProcCreateTime?: (Long|null);

            /** CbProcessBlockedMsg blockedCmdline */
            blockedCmdline?: (string|null);

            /** CbProcessBlockedMsg blockedUid */
            blockedUid?: (string|null);

            /** CbProcessBlockedMsg blockedUsername */
            blockedUsername?: (string|null);
        }

        /** Represents a CbProcessBlockedMsg. */
        class CbProcessBlockedMsg implements ICbProcessBlockedMsg {

            /**
             * Constructs a new CbProcessBlockedMsg.
             * @param [properties] Properties to set
             */
            constructor(properties?: cbbridge.sensor.ICbProcessBlockedMsg);

            /** CbProcessBlockedMsg blockedType. */
            public blockedType: cbbridge.sensor.CbProcessBlockedMsg.BlockType;

            /** CbProcessBlockedMsg blockedEvent. */
            public blockedEvent: cbbridge.sensor.CbProcessBlockedMsg.BlockEvent;

            /** CbProcessBlockedMsg blockedmd5Hash. */
            public blockedmd5Hash: Uint8Array;

            /** CbProcessBlockedMsg blockedPath. */
            public blockedPath: string;

            /** CbProcessBlockedMsg blockResult. */
            public blockResult: cbbridge.sensor.CbProcessBlockedMsg.BlockResult;

            /** CbProcessBlockedMsg blockError. */
            public blockError: number;

            /** CbProcessBlockedMsg blockedPid. */
            public blockedPid: number;

            /** CbProcessBlockedMsg blockedProcCreateTime. */
            public blockedProcCreateTime: Long;

            /** CbProcessBlockedMsg blockedCmdline. */
            public blockedCmdline: string;

            /** CbProcessBlockedMsg blockedUid. */
            public blockedUid: string;

            /** CbProcessBlockedMsg blockedUsername. */
            public blockedUsername: string;

            /**
             * Creates a new CbProcessBlockedMsg instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CbProcessBlockedMsg instance
             */
            public static create(properties?: cbbridge.sensor.ICbProcessBlockedMsg): cbbridge.sensor.CbProcessBlockedMsg;

            /**
             * Encodes the specified CbProcessBlockedMsg message. Does not implicitly {@link cbbridge.sensor.CbProcessBlockedMsg.verify|verify} messages.
             * @param message CbProcessBlockedMsg message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: cbbridge.sensor.ICbProcessBlockedMsg, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CbProcessBlockedMsg message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns CbProcessBlockedMsg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cbbridge.sensor.CbProcessBlockedMsg;
        }

        namespace CbProcessBlockedMsg {

            /** BlockType enum. */
            enum BlockType {
                MD5Hash = 1
            }

            /** BlockEvent enum. */
            enum BlockEvent {
                ProcessCreate = 1,
                RunningProcess = 2
            }

            /** BlockResult enum. */
            enum BlockResult {
                ProcessTerminated = 0,
                NotTerminatedCBProcess = 1,
                NotTerminatedSystemProcess = 2,
                NotTerminatedCriticalSystemProcess = 3,
                NotTerminatedWhitelistedPath = 4,
                NotTerminatedOpenProcessError = 5,
                NotTerminatedTerminateError = 6
            }
        }

        /** Properties of a CbNetConnBlockedMsg. */
        interface ICbNetConnBlockedMsg {

            /** CbNetConnBlockedMsg blockedType */
            blockedType?: (cbbridge.sensor.CbNetConnBlockedMsg.NetconnBlockType|null);

            /** CbNetConnBlockedMsg ipv4Address */
            ipv4Address?: (number|null);

            /** CbNetConnBlockedMsg ipv6LoPart */
            ipv6LoPart?: (Long|null);

            /** CbNetConnBlockedMsg ipv6HiPart */
            ipv6HiPart?: (Long|null);

            /** CbNetConnBlockedMsg port */
            port?: (number|null);

            /** CbNetConnBlockedMsg protocol */
            protocol?: (cbbridge.sensor.CbNetConnBlockedMsg.ProtocolType|null);

            /** CbNetConnBlockedMsg utf8_netpath */
            utf8_netpath?: (Uint8Array|null);

            /** CbNetConnBlockedMsg outbound */
            outbound?: (boolean|null);

            /** CbNetConnBlockedMsg proxyConnection */
            proxyConnection?: (boolean|null);

            /** CbNetConnBlockedMsg proxyIpv4Address */
            proxyIpv4Address?: (number|null);

            /** CbNetConnBlockedMsg proxyPort */
            proxyPort?: (number|null);

            /** CbNetConnBlockedMsg proxyNetPath */
            proxyNetPath?: (string|null);

            /** CbNetConnBlockedMsg remoteIpAddress */
            remoteIpAddress?: (number|null);

            /** CbNetConnBlockedMsg remotePort */
            remotePort?: (number|null);

            /** CbNetConnBlockedMsg localIpAddress */
            localIpAddress?: (number|null);

            /** CbNetConnBlockedMsg localPort */
            localPort?: (number|null);
        }

        /** Represents a CbNetConnBlockedMsg. */
        class CbNetConnBlockedMsg implements ICbNetConnBlockedMsg {

            /**
             * Constructs a new CbNetConnBlockedMsg.
             * @param [properties] Properties to set
             */
            constructor(properties?: cbbridge.sensor.ICbNetConnBlockedMsg);

            /** CbNetConnBlockedMsg blockedType. */
            public blockedType: cbbridge.sensor.CbNetConnBlockedMsg.NetconnBlockType;

            /** CbNetConnBlockedMsg ipv4Address. */
            public ipv4Address: number;

            /** CbNetConnBlockedMsg ipv6LoPart. */
            public ipv6LoPart: Long;

            /** CbNetConnBlockedMsg ipv6HiPart. */
            public ipv6HiPart: Long;

            /** CbNetConnBlockedMsg port. */
            public port: number;

            /** CbNetConnBlockedMsg protocol. */
            public protocol: cbbridge.sensor.CbNetConnBlockedMsg.ProtocolType;

            /** CbNetConnBlockedMsg utf8_netpath. */
            public utf8_netpath: Uint8Array;

            /** CbNetConnBlockedMsg outbound. */
            public outbound: boolean;

            /** CbNetConnBlockedMsg proxyConnection. */
            public proxyConnection: boolean;

            /** CbNetConnBlockedMsg proxyIpv4Address. */
            public proxyIpv4Address: number;

            /** CbNetConnBlockedMsg proxyPort. */
            public proxyPort: number;

            /** CbNetConnBlockedMsg proxyNetPath. */
            public proxyNetPath: string;

            /** CbNetConnBlockedMsg remoteIpAddress. */
            public remoteIpAddress: number;

            /** CbNetConnBlockedMsg remotePort. */
            public remotePort: number;

            /** CbNetConnBlockedMsg localIpAddress. */
            public localIpAddress: number;

            /** CbNetConnBlockedMsg localPort. */
            public localPort: number;

            /**
             * Creates a new CbNetConnBlockedMsg instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CbNetConnBlockedMsg instance
             */
            public static create(properties?: cbbridge.sensor.ICbNetConnBlockedMsg): cbbridge.sensor.CbNetConnBlockedMsg;

            /**
             * Encodes the specified CbNetConnBlockedMsg message. Does not implicitly {@link cbbridge.sensor.CbNetConnBlockedMsg.verify|verify} messages.
             * @param message CbNetConnBlockedMsg message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: cbbridge.sensor.ICbNetConnBlockedMsg, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CbNetConnBlockedMsg message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns CbNetConnBlockedMsg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cbbridge.sensor.CbNetConnBlockedMsg;
        }

        namespace CbNetConnBlockedMsg {

            /** ProtocolType enum. */
            enum ProtocolType {
                ProtoTcp = 6,
                ProtoUdp = 17
            }

            /** NetconnBlockType enum. */
            enum NetconnBlockType {
                NetworkIsolation = 1
            }
        }

        /** Properties of a CbStatisticsMsg. */
        interface ICbStatisticsMsg {

            /** CbStatisticsMsg lin_stats */
            lin_stats?: (cbbridge.sensor.ICbLinStatsMsg|null);
        }

        /** Represents a CbStatisticsMsg. */
        class CbStatisticsMsg implements ICbStatisticsMsg {

            /**
             * Constructs a new CbStatisticsMsg.
             * @param [properties] Properties to set
             */
            constructor(properties?: cbbridge.sensor.ICbStatisticsMsg);

            /** CbStatisticsMsg lin_stats. */
            public lin_stats?: (cbbridge.sensor.ICbLinStatsMsg|null);

            /**
             * Creates a new CbStatisticsMsg instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CbStatisticsMsg instance
             */
            public static create(properties?: cbbridge.sensor.ICbStatisticsMsg): cbbridge.sensor.CbStatisticsMsg;

            /**
             * Encodes the specified CbStatisticsMsg message. Does not implicitly {@link cbbridge.sensor.CbStatisticsMsg.verify|verify} messages.
             * @param message CbStatisticsMsg message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: cbbridge.sensor.ICbStatisticsMsg, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CbStatisticsMsg message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns CbStatisticsMsg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cbbridge.sensor.CbStatisticsMsg;
        }

        /** Properties of a CbModuleInfoMsg. */
        interface ICbModuleInfoMsg {

            /** CbModuleInfoMsg md5 */
            md5?: (Uint8Array|null);

            /** CbModuleInfoMsg CopiedModuleLength */
            CopiedModuleLength?: (number|null);

            /** CbModuleInfoMsg OriginalModuleLength */
            OriginalModuleLength?: (Long|null);

            /** CbModuleInfoMsg utf8_FileDescription */
            utf8_FileDescription?: (string|null);

            /** CbModuleInfoMsg utf8_CompanyName */
            utf8_CompanyName?: (string|null);

            /** CbModuleInfoMsg utf8_ProductName */
            utf8_ProductName?: (string|null);

            /** CbModuleInfoMsg utf8_FileVersion */
            utf8_FileVersion?: (string|null);

            /** CbModuleInfoMsg utf8_Comments */
            utf8_Comments?: (string|null);

            /** CbModuleInfoMsg utf8_LegalCopyright */
            utf8_LegalCopyright?: (string|null);

            /** CbModuleInfoMsg utf8_LegalTrademark */
            utf8_LegalTrademark?: (string|null);

            /** CbModuleInfoMsg utf8_InternalName */
            utf8_InternalName?: (string|null);

            /** CbModuleInfoMsg utf8_OriginalFileName */
            utf8_OriginalFileName?: (string|null);

            /** CbModuleInfoMsg utf8_ProductDescription */
            utf8_ProductDescription?: (string|null);

            /** CbModuleInfoMsg utf8_ProductVersion */
            utf8_ProductVersion?: (string|null);

            /** CbModuleInfoMsg utf8_PrivateBuild */
            utf8_PrivateBuild?: (string|null);

            /** CbModuleInfoMsg utf8_SpecialBuild */
            utf8_SpecialBuild?: (string|null);

            /** CbModuleInfoMsg utf8_DigSig_Publisher */
            utf8_DigSig_Publisher?: (string|null);

            /** CbModuleInfoMsg utf8_DigSig_ProgramName */
            utf8_DigSig_ProgramName?: (string|null);

            /** CbModuleInfoMsg utf8_DigSig_IssuerName */
            utf8_DigSig_IssuerName?: (string|null);

            /** CbModuleInfoMsg utf8_DigSig_SubjectName */
            utf8_DigSig_SubjectName?: (string|null);

            /** CbModuleInfoMsg utf8_DigSig_Result */
            utf8_DigSig_Result?: (string|null);

            /** CbModuleInfoMsg utf8_DigSig_ResultCode */
            utf8_DigSig_ResultCode?: (string|null);

            /** CbModuleInfoMsg utf8_DigSig_SignTime */
            utf8_DigSig_SignTime?: (string|null);

            /** CbModuleInfoMsg Icon */
            Icon?: (Uint8Array|null);

            /** CbModuleInfoMsg ImageFileHeader */
            ImageFileHeader?: (Uint8Array|null);

            /** CbModuleInfoMsg utf8_OnDiskFilename */
            utf8_OnDiskFilename?: (string|null);

            /** CbModuleInfoMsg sha256 */
            sha256?: (Uint8Array|null);
        }

        /** Represents a CbModuleInfoMsg. */
        class CbModuleInfoMsg implements ICbModuleInfoMsg {

            /**
             * Constructs a new CbModuleInfoMsg.
             * @param [properties] Properties to set
             */
            constructor(properties?: cbbridge.sensor.ICbModuleInfoMsg);

            /** CbModuleInfoMsg md5. */
            public md5: Uint8Array;

            /** CbModuleInfoMsg CopiedModuleLength. */
            public CopiedModuleLength: number;

            /** CbModuleInfoMsg OriginalModuleLength. */
            public OriginalModuleLength: Long;

            /** CbModuleInfoMsg utf8_FileDescription. */
            public utf8_FileDescription: string;

            /** CbModuleInfoMsg utf8_CompanyName. */
            public utf8_CompanyName: string;

            /** CbModuleInfoMsg utf8_ProductName. */
            public utf8_ProductName: string;

            /** CbModuleInfoMsg utf8_FileVersion. */
            public utf8_FileVersion: string;

            /** CbModuleInfoMsg utf8_Comments. */
            public utf8_Comments: string;

            /** CbModuleInfoMsg utf8_LegalCopyright. */
            public utf8_LegalCopyright: string;

            /** CbModuleInfoMsg utf8_LegalTrademark. */
            public utf8_LegalTrademark: string;

            /** CbModuleInfoMsg utf8_InternalName. */
            public utf8_InternalName: string;

            /** CbModuleInfoMsg utf8_OriginalFileName. */
            public utf8_OriginalFileName: string;

            /** CbModuleInfoMsg utf8_ProductDescription. */
            public utf8_ProductDescription: string;

            /** CbModuleInfoMsg utf8_ProductVersion. */
            public utf8_ProductVersion: string;

            /** CbModuleInfoMsg utf8_PrivateBuild. */
            public utf8_PrivateBuild: string;

            /** CbModuleInfoMsg utf8_SpecialBuild. */
            public utf8_SpecialBuild: string;

            /** CbModuleInfoMsg utf8_DigSig_Publisher. */
            public utf8_DigSig_Publisher: string;

            /** CbModuleInfoMsg utf8_DigSig_ProgramName. */
            public utf8_DigSig_ProgramName: string;

            /** CbModuleInfoMsg utf8_DigSig_IssuerName. */
            public utf8_DigSig_IssuerName: string;

            /** CbModuleInfoMsg utf8_DigSig_SubjectName. */
            public utf8_DigSig_SubjectName: string;

            /** CbModuleInfoMsg utf8_DigSig_Result. */
            public utf8_DigSig_Result: string;

            /** CbModuleInfoMsg utf8_DigSig_ResultCode. */
            public utf8_DigSig_ResultCode: string;

            /** CbModuleInfoMsg utf8_DigSig_SignTime. */
            public utf8_DigSig_SignTime: string;

            /** CbModuleInfoMsg Icon. */
            public Icon: Uint8Array;

            /** CbModuleInfoMsg ImageFileHeader. */
            public ImageFileHeader: Uint8Array;

            /** CbModuleInfoMsg utf8_OnDiskFilename. */
            public utf8_OnDiskFilename: string;

            /** CbModuleInfoMsg sha256. */
            public sha256: Uint8Array;

            /**
             * Creates a new CbModuleInfoMsg instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CbModuleInfoMsg instance
             */
            public static create(properties?: cbbridge.sensor.ICbModuleInfoMsg): cbbridge.sensor.CbModuleInfoMsg;

            /**
             * Encodes the specified CbModuleInfoMsg message. Does not implicitly {@link cbbridge.sensor.CbModuleInfoMsg.verify|verify} messages.
             * @param message CbModuleInfoMsg message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: cbbridge.sensor.ICbModuleInfoMsg, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CbModuleInfoMsg message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns CbModuleInfoMsg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cbbridge.sensor.CbModuleInfoMsg;
        }

        /** Properties of a CbVtWriteMsg. */
        interface ICbVtWriteMsg {

            /** CbVtWriteMsg WritingProcessExeMd5 */
            WritingProcessExeMd5?: (Uint8Array|null);

            /** CbVtWriteMsg FileWrittenMd5 */
            FileWrittenMd5?: (Uint8Array|null);

            /** CbVtWriteMsg FileWrittenIsPeModuleHint */
            FileWrittenIsPeModuleHint?: (boolean|null);

            /** CbVtWriteMsg WritingProcessFilename */
            WritingProcessFilename?: (string|null);

            /** CbVtWriteMsg FileWrittenFilename */
            FileWrittenFilename?: (string|null);

            /** CbVtWriteMsg FileWrittenSha256 */
            FileWrittenSha256?: (Uint8Array|null);
        }

        /** Represents a CbVtWriteMsg. */
        class CbVtWriteMsg implements ICbVtWriteMsg {

            /**
             * Constructs a new CbVtWriteMsg.
             * @param [properties] Properties to set
             */
            constructor(properties?: cbbridge.sensor.ICbVtWriteMsg);

            /** CbVtWriteMsg WritingProcessExeMd5. */
            public WritingProcessExeMd5: Uint8Array;

            /** CbVtWriteMsg FileWrittenMd5. */
            public FileWrittenMd5: Uint8Array;

            /** CbVtWriteMsg FileWrittenIsPeModuleHint. */
            public FileWrittenIsPeModuleHint: boolean;

            /** CbVtWriteMsg WritingProcessFilename. */
            public WritingProcessFilename: string;

            /** CbVtWriteMsg FileWrittenFilename. */
            public FileWrittenFilename: string;

            /** CbVtWriteMsg FileWrittenSha256. */
            public FileWrittenSha256: Uint8Array;

            /**
             * Creates a new CbVtWriteMsg instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CbVtWriteMsg instance
             */
            public static create(properties?: cbbridge.sensor.ICbVtWriteMsg): cbbridge.sensor.CbVtWriteMsg;

            /**
             * Encodes the specified CbVtWriteMsg message. Does not implicitly {@link cbbridge.sensor.CbVtWriteMsg.verify|verify} messages.
             * @param message CbVtWriteMsg message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: cbbridge.sensor.ICbVtWriteMsg, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CbVtWriteMsg message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns CbVtWriteMsg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cbbridge.sensor.CbVtWriteMsg;
        }

        /** Properties of a CbVtLoadMsg. */
        interface ICbVtLoadMsg {

            /** CbVtLoadMsg LoaderProcessExeMd5 */
            LoaderProcessExeMd5?: (Uint8Array|null);

            /** CbVtLoadMsg LoadedModuleMd5 */
            LoadedModuleMd5?: (Uint8Array|null);
        }

        /** Represents a CbVtLoadMsg. */
        class CbVtLoadMsg implements ICbVtLoadMsg {

            /**
             * Constructs a new CbVtLoadMsg.
             * @param [properties] Properties to set
             */
            constructor(properties?: cbbridge.sensor.ICbVtLoadMsg);

            /** CbVtLoadMsg LoaderProcessExeMd5. */
            public LoaderProcessExeMd5: Uint8Array;

            /** CbVtLoadMsg LoadedModuleMd5. */
            public LoadedModuleMd5: Uint8Array;

            /**
             * Creates a new CbVtLoadMsg instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CbVtLoadMsg instance
             */
            public static create(properties?: cbbridge.sensor.ICbVtLoadMsg): cbbridge.sensor.CbVtLoadMsg;

            /**
             * Encodes the specified CbVtLoadMsg message. Does not implicitly {@link cbbridge.sensor.CbVtLoadMsg.verify|verify} messages.
             * @param message CbVtLoadMsg message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: cbbridge.sensor.ICbVtLoadMsg, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CbVtLoadMsg message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns CbVtLoadMsg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cbbridge.sensor.CbVtLoadMsg;
        }

        /** Properties of a CbEndpointEnvironmentMsg. */
        interface ICbEndpointEnvironmentMsg {

            /** CbEndpointEnvironmentMsg SensorId */
            SensorId?: (number|null);

            /** CbEndpointEnvironmentMsg SensorHostName */
            SensorHostName?: (string|null);

            /** CbEndpointEnvironmentMsg HostId */
            HostId?: (Long|null);
        }

        /** Represents a CbEndpointEnvironmentMsg. */
        class CbEndpointEnvironmentMsg implements ICbEndpointEnvironmentMsg {

            /**
             * Constructs a new CbEndpointEnvironmentMsg.
             * @param [properties] Properties to set
             */
            constructor(properties?: cbbridge.sensor.ICbEndpointEnvironmentMsg);

            /** CbEndpointEnvironmentMsg SensorId. */
            public SensorId: number;

            /** CbEndpointEnvironmentMsg SensorHostName. */
            public SensorHostName: string;

            /** CbEndpointEnvironmentMsg HostId. */
            public HostId: Long;

            /**
             * Creates a new CbEndpointEnvironmentMsg instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CbEndpointEnvironmentMsg instance
             */
            public static create(properties?: cbbridge.sensor.ICbEndpointEnvironmentMsg): cbbridge.sensor.CbEndpointEnvironmentMsg;

            /**
             * Encodes the specified CbEndpointEnvironmentMsg message. Does not implicitly {@link cbbridge.sensor.CbEndpointEnvironmentMsg.verify|verify} messages.
             * @param message CbEndpointEnvironmentMsg message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: cbbridge.sensor.ICbEndpointEnvironmentMsg, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CbEndpointEnvironmentMsg message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns CbEndpointEnvironmentMsg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cbbridge.sensor.CbEndpointEnvironmentMsg;
        }

        /** Properties of a CbServerEnvironmentMsg. */
        interface ICbServerEnvironmentMsg {

            /** CbServerEnvironmentMsg NodeId */
            NodeId?: (number|null);
        }

        /** Represents a CbServerEnvironmentMsg. */
        class CbServerEnvironmentMsg implements ICbServerEnvironmentMsg {

            /**
             * Constructs a new CbServerEnvironmentMsg.
             * @param [properties] Properties to set
             */
            constructor(properties?: cbbridge.sensor.ICbServerEnvironmentMsg);

            /** CbServerEnvironmentMsg NodeId. */
            public NodeId: number;

            /**
             * Creates a new CbServerEnvironmentMsg instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CbServerEnvironmentMsg instance
             */
            public static create(properties?: cbbridge.sensor.ICbServerEnvironmentMsg): cbbridge.sensor.CbServerEnvironmentMsg;

            /**
             * Encodes the specified CbServerEnvironmentMsg message. Does not implicitly {@link cbbridge.sensor.CbServerEnvironmentMsg.verify|verify} messages.
             * @param message CbServerEnvironmentMsg message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: cbbridge.sensor.ICbServerEnvironmentMsg, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CbServerEnvironmentMsg message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns CbServerEnvironmentMsg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cbbridge.sensor.CbServerEnvironmentMsg;
        }

        /** Properties of a CbEnvironmentMsg. */
        interface ICbEnvironmentMsg {

            /** CbEnvironmentMsg endpoint */
            endpoint?: (cbbridge.sensor.ICbEndpointEnvironmentMsg|null);

            /** CbEnvironmentMsg server */
            server?: (cbbridge.sensor.ICbServerEnvironmentMsg|null);
        }

        /** Represents a CbEnvironmentMsg. */
        class CbEnvironmentMsg implements ICbEnvironmentMsg {

            /**
             * Constructs a new CbEnvironmentMsg.
             * @param [properties] Properties to set
             */
            constructor(properties?: cbbridge.sensor.ICbEnvironmentMsg);

            /** CbEnvironmentMsg endpoint. */
            public endpoint?: (cbbridge.sensor.ICbEndpointEnvironmentMsg|null);

            /** CbEnvironmentMsg server. */
            public server?: (cbbridge.sensor.ICbServerEnvironmentMsg|null);

            /**
             * Creates a new CbEnvironmentMsg instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CbEnvironmentMsg instance
             */
            public static create(properties?: cbbridge.sensor.ICbEnvironmentMsg): cbbridge.sensor.CbEnvironmentMsg;

            /**
             * Encodes the specified CbEnvironmentMsg message. Does not implicitly {@link cbbridge.sensor.CbEnvironmentMsg.verify|verify} messages.
             * @param message CbEnvironmentMsg message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: cbbridge.sensor.ICbEnvironmentMsg, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CbEnvironmentMsg message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns CbEnvironmentMsg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cbbridge.sensor.CbEnvironmentMsg;
        }

        /** Properties of a CbTamperAlertMsg. */
        interface ICbTamperAlertMsg {

            /** CbTamperAlertMsg type */
            type?: (cbbridge.sensor.CbTamperAlertMsg.CbTamperAlertType|null);

            /** CbTamperAlertMsg tamper_sent */
            tamper_sent?: (boolean|null);
        }

        /** Represents a CbTamperAlertMsg. */
        class CbTamperAlertMsg implements ICbTamperAlertMsg {

            /**
             * Constructs a new CbTamperAlertMsg.
             * @param [properties] Properties to set
             */
            constructor(properties?: cbbridge.sensor.ICbTamperAlertMsg);

            /** CbTamperAlertMsg type. */
            public type: cbbridge.sensor.CbTamperAlertMsg.CbTamperAlertType;

            /** CbTamperAlertMsg tamper_sent. */
            public tamper_sent: boolean;

            /**
             * Creates a new CbTamperAlertMsg instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CbTamperAlertMsg instance
             */
            public static create(properties?: cbbridge.sensor.ICbTamperAlertMsg): cbbridge.sensor.CbTamperAlertMsg;

            /**
             * Encodes the specified CbTamperAlertMsg message. Does not implicitly {@link cbbridge.sensor.CbTamperAlertMsg.verify|verify} messages.
             * @param message CbTamperAlertMsg message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: cbbridge.sensor.ICbTamperAlertMsg, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CbTamperAlertMsg message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns CbTamperAlertMsg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cbbridge.sensor.CbTamperAlertMsg;
        }

        namespace CbTamperAlertMsg {

            /** CbTamperAlertType enum. */
            enum CbTamperAlertType {
                AlertCoreDriverUnloaded = 1,
                AlertNetworkDriverUnloaded = 2,
                AlertCbServiceStopped = 3,
                AlertCbProcessTerminated = 4,
                AlertCbCodeInjection = 5
            }
        }

        /** Properties of a CbEmetMitigationAction. */
        interface ICbEmetMitigationAction {

            /** CbEmetMitigationAction mitigationType */
            mitigationType?: (cbbridge.sensor.CbEmetMitigationAction.CbEmetMitigationTypes|null);
        }

        /** Represents a CbEmetMitigationAction. */
        class CbEmetMitigationAction implements ICbEmetMitigationAction {

            /**
             * Constructs a new CbEmetMitigationAction.
             * @param [properties] Properties to set
             */
            constructor(properties?: cbbridge.sensor.ICbEmetMitigationAction);

            /** CbEmetMitigationAction mitigationType. */
            public mitigationType: cbbridge.sensor.CbEmetMitigationAction.CbEmetMitigationTypes;

            /**
             * Creates a new CbEmetMitigationAction instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CbEmetMitigationAction instance
             */
            public static create(properties?: cbbridge.sensor.ICbEmetMitigationAction): cbbridge.sensor.CbEmetMitigationAction;

            /**
             * Encodes the specified CbEmetMitigationAction message. Does not implicitly {@link cbbridge.sensor.CbEmetMitigationAction.verify|verify} messages.
             * @param message CbEmetMitigationAction message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: cbbridge.sensor.ICbEmetMitigationAction, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CbEmetMitigationAction message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns CbEmetMitigationAction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cbbridge.sensor.CbEmetMitigationAction;
        }

        namespace CbEmetMitigationAction {

            /** CbEmetMitigationTypes enum. */
            enum CbEmetMitigationTypes {
                actionDep = 1,
                actionSehop = 2,
                actionAsr = 3,
                actionAslr = 4,
                actionNullPage = 5,
                actionHeapSpray = 6,
                actionMandatoryAslr = 7,
                actionEaf = 8,
                actionEafPlus = 9,
                actionBottomUpAslr = 10,
                actionLoadLibrary = 11,
                actionMemoryProtection = 12,
                actionSimulateExecFlow = 13,
                actionStackPivot = 14,
                actionCallerChecks = 15,
                actionBannedFunctions = 16,
                actionDeepHooks = 17,
                actionAntiDetours = 18
            }
        }

        /** Properties of a CbEmetMitigationMsg. */
        interface ICbEmetMitigationMsg {

            /** CbEmetMitigationMsg emetId */
            emetId?: (Long|null);

            /** CbEmetMitigationMsg emetTimstamp */
            emetTimstamp?: (Long|null);

            /** CbEmetMitigationMsg action */
            action?: (cbbridge.sensor.ICbEmetMitigationAction|null);

            /** CbEmetMitigationMsg actionText */
            actionText?: (string|null);

            /** CbEmetMitigationMsg blocked */
            blocked?: (boolean|null);
        }

        /** Represents a CbEmetMitigationMsg. */
        class CbEmetMitigationMsg implements ICbEmetMitigationMsg {

            /**
             * Constructs a new CbEmetMitigationMsg.
             * @param [properties] Properties to set
             */
            constructor(properties?: cbbridge.sensor.ICbEmetMitigationMsg);

            /** CbEmetMitigationMsg emetId. */
            public emetId: Long;

            /** CbEmetMitigationMsg emetTimstamp. */
            public emetTimstamp: Long;

            /** CbEmetMitigationMsg action. */
            public action?: (cbbridge.sensor.ICbEmetMitigationAction|null);

            /** CbEmetMitigationMsg actionText. */
            public actionText: string;

            /** CbEmetMitigationMsg blocked. */
            public blocked: boolean;

            /**
             * Creates a new CbEmetMitigationMsg instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CbEmetMitigationMsg instance
             */
            public static create(properties?: cbbridge.sensor.ICbEmetMitigationMsg): cbbridge.sensor.CbEmetMitigationMsg;

            /**
             * Encodes the specified CbEmetMitigationMsg message. Does not implicitly {@link cbbridge.sensor.CbEmetMitigationMsg.verify|verify} messages.
             * @param message CbEmetMitigationMsg message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: cbbridge.sensor.ICbEmetMitigationMsg, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CbEmetMitigationMsg message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns CbEmetMitigationMsg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cbbridge.sensor.CbEmetMitigationMsg;
        }

        /** Properties of a CbProcessMetadataMsg. */
        interface ICbProcessMetadataMsg {

            /** CbProcessMetadataMsg process_guid */
            process_guid?: (Long|null);

            /** CbProcessMetadataMsg process_create_time */
            process_create_time?: (Long|null);

            /** CbProcessMetadataMsg process_pid */
            process_pid?: (number|null);

            /** CbProcessMetadataMsg process_md5 */
            process_md5?: (Uint8Array|null);

            /** CbProcessMetadataMsg process_path */
            process_path?: (string|null);

            /** CbProcessMetadataMsg uid */
            uid?: (string|null);

            /** CbProcessMetadataMsg username */
            username?: (string|null);

            /** CbProcessMetadataMsg commandline */
            commandline?: (Uint8Array|null);

            /** CbProcessMetadataMsg parent_pid */
            parent_pid?: (number|null);

            /** CbProcessMetadataMsg parent_create_time */
            parent_create_time?: (Long|null);

            /** CbProcessMetadataMsg parent_md5 */
            parent_md5?: (Uint8Array|null);

            /** CbProcessMetadataMsg parent_path */
            parent_path?: (string|null);

            /** CbProcessMetadataMsg modload_count */
            modload_count?: (number|null);

            /** CbProcessMetadataMsg filemod_count */
            filemod_count?: (number|null);

            /** CbProcessMetadataMsg netconn_count */
            netconn_count?: (number|null);

            /** CbProcessMetadataMsg regmod_count */
            regmod_count?: (number|null);

            /** CbProcessMetadataMsg childproc_count */
            childproc_count?: (number|null);

            /** CbProcessMetadataMsg crossproc_count */
            crossproc_count?: (number|null);

            /** CbProcessMetadataMsg emet_count */
            emet_count?: (number|null);

            /** CbProcessMetadataMsg processblock_count */
            processblock_count?: (number|null);

            /** CbProcessMetadataMsg sensor_start_time */
            sensor_start_time?: (Long|null);

            /** CbProcessMetadataMsg sensor_segment */
            sensor_segment?: (Long|null);

            /** CbProcessMetadataMsg creationobserved */
            creationobserved?: (boolean|null);

            /** CbProcessMetadataMsg actions */
            actions?: (cbbridge.sensor.ICbEmetMitigationAction[]|null);

            /** CbProcessMetadataMsg process_sha256 */
            process_sha256?: (Uint8Array|null);

            /** CbProcessMetadataMsg parent_sha256 */
            parent_sha256?: (Uint8Array|null);

            /** CbProcessMetadataMsg logon_type */
            logon_type?: (number|null);
        }

        /** Represents a CbProcessMetadataMsg. */
        class CbProcessMetadataMsg implements ICbProcessMetadataMsg {

            /**
             * Constructs a new CbProcessMetadataMsg.
             * @param [properties] Properties to set
             */
            constructor(properties?: cbbridge.sensor.ICbProcessMetadataMsg);

            /** CbProcessMetadataMsg process_guid. */
            public process_guid: Long;

            /** CbProcessMetadataMsg process_create_time. */
            public process_create_time: Long;

            /** CbProcessMetadataMsg process_pid. */
            public process_pid: number;

            /** CbProcessMetadataMsg process_md5. */
            public process_md5: Uint8Array;

            /** CbProcessMetadataMsg process_path. */
            public process_path: string;

            /** CbProcessMetadataMsg uid. */
            public uid: string;

            /** CbProcessMetadataMsg username. */
            public username: string;

            /** CbProcessMetadataMsg commandline. */
            public commandline: Uint8Array;

            /** CbProcessMetadataMsg parent_pid. */
            public parent_pid: number;

            /** CbProcessMetadataMsg parent_create_time. */
            public parent_create_time: Long;

            /** CbProcessMetadataMsg parent_md5. */
            public parent_md5: Uint8Array;

            /** CbProcessMetadataMsg parent_path. */
            public parent_path: string;

            /** CbProcessMetadataMsg modload_count. */
            public modload_count: number;

            /** CbProcessMetadataMsg filemod_count. */
            public filemod_count: number;

            /** CbProcessMetadataMsg netconn_count. */
            public netconn_count: number;

            /** CbProcessMetadataMsg regmod_count. */
            public regmod_count: number;

            /** CbProcessMetadataMsg childproc_count. */
            public childproc_count: number;

            /** CbProcessMetadataMsg crossproc_count. */
            public crossproc_count: number;

            /** CbProcessMetadataMsg emet_count. */
            public emet_count: number;

            /** CbProcessMetadataMsg processblock_count. */
            public processblock_count: number;

            /** CbProcessMetadataMsg sensor_start_time. */
            public sensor_start_time: Long;

            /** CbProcessMetadataMsg sensor_segment. */
            public sensor_segment: Long;

            /** CbProcessMetadataMsg creationobserved. */
            public creationobserved: boolean;

            /** CbProcessMetadataMsg actions. */
            public actions: cbbridge.sensor.ICbEmetMitigationAction[];

            /** CbProcessMetadataMsg process_sha256. */
            public process_sha256: Uint8Array;

            /** CbProcessMetadataMsg parent_sha256. */
            public parent_sha256: Uint8Array;

            /** CbProcessMetadataMsg logon_type. */
            public logon_type: number;

            /**
             * Creates a new CbProcessMetadataMsg instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CbProcessMetadataMsg instance
             */
            public static create(properties?: cbbridge.sensor.ICbProcessMetadataMsg): cbbridge.sensor.CbProcessMetadataMsg;

            /**
             * Encodes the specified CbProcessMetadataMsg message. Does not implicitly {@link cbbridge.sensor.CbProcessMetadataMsg.verify|verify} messages.
             * @param message CbProcessMetadataMsg message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: cbbridge.sensor.ICbProcessMetadataMsg, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CbProcessMetadataMsg message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns CbProcessMetadataMsg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cbbridge.sensor.CbProcessMetadataMsg;
        }

        /** Properties of an InternalUse. */
        interface IInternalUse {

            /** InternalUse dataGenSource */
            dataGenSource?: (cbbridge.sensor.InternalUse.DataGenSource|null);
        }

        /** Represents an InternalUse. */
        class InternalUse implements IInternalUse {

            /**
             * Constructs a new InternalUse.
             * @param [properties] Properties to set
             */
            constructor(properties?: cbbridge.sensor.IInternalUse);

            /** InternalUse dataGenSource. */
            public dataGenSource: cbbridge.sensor.InternalUse.DataGenSource;

            /**
             * Creates a new InternalUse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns InternalUse instance
             */
            public static create(properties?: cbbridge.sensor.IInternalUse): cbbridge.sensor.InternalUse;

            /**
             * Encodes the specified InternalUse message. Does not implicitly {@link cbbridge.sensor.InternalUse.verify|verify} messages.
             * @param message InternalUse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: cbbridge.sensor.IInternalUse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an InternalUse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns InternalUse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cbbridge.sensor.InternalUse;
        }

        namespace InternalUse {

            /** DataGenSource enum. */
            enum DataGenSource {
                known = 1,
                generated = 2,
                anonymized = 3
            }
        }

        /** Properties of a CbScriptExecute. */
        interface ICbScriptExecute {

            /** CbScriptExecute script */
            script?: (string|null);

            /** CbScriptExecute sha256 */
            sha256?: (string|null);
        }

        /** Represents a CbScriptExecute. */
        class CbScriptExecute implements ICbScriptExecute {

            /**
             * Constructs a new CbScriptExecute.
             * @param [properties] Properties to set
             */
            constructor(properties?: cbbridge.sensor.ICbScriptExecute);

            /** CbScriptExecute script. */
            public script: string;

            /** CbScriptExecute sha256. */
            public sha256: string;

            /**
             * Creates a new CbScriptExecute instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CbScriptExecute instance
             */
            public static create(properties?: cbbridge.sensor.ICbScriptExecute): cbbridge.sensor.CbScriptExecute;

            /**
             * Encodes the specified CbScriptExecute message. Does not implicitly {@link cbbridge.sensor.CbScriptExecute.verify|verify} messages.
             * @param message CbScriptExecute message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: cbbridge.sensor.ICbScriptExecute, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CbScriptExecute message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns CbScriptExecute
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cbbridge.sensor.CbScriptExecute;
        }

        /** Properties of a CbFileBackedScriptExecute. */
        interface ICbFileBackedScriptExecute {

            /** CbFileBackedScriptExecute script */
            script?: (string|null);

            /** CbFileBackedScriptExecute sha256 */
            sha256?: (string|null);

            /** CbFileBackedScriptExecute filename */
            filename?: (string|null);
        }

        /** Represents a CbFileBackedScriptExecute. */
        class CbFileBackedScriptExecute implements ICbFileBackedScriptExecute {

            /**
             * Constructs a new CbFileBackedScriptExecute.
             * @param [properties] Properties to set
             */
            constructor(properties?: cbbridge.sensor.ICbFileBackedScriptExecute);

            /** CbFileBackedScriptExecute script. */
            public script: string;

            /** CbFileBackedScriptExecute sha256. */
            public sha256: string;

            /** CbFileBackedScriptExecute filename. */
            public filename: string;

            /**
             * Creates a new CbFileBackedScriptExecute instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CbFileBackedScriptExecute instance
             */
            public static create(properties?: cbbridge.sensor.ICbFileBackedScriptExecute): cbbridge.sensor.CbFileBackedScriptExecute;

            /**
             * Encodes the specified CbFileBackedScriptExecute message. Does not implicitly {@link cbbridge.sensor.CbFileBackedScriptExecute.verify|verify} messages.
             * @param message CbFileBackedScriptExecute message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: cbbridge.sensor.ICbFileBackedScriptExecute, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CbFileBackedScriptExecute message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns CbFileBackedScriptExecute
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cbbridge.sensor.CbFileBackedScriptExecute;
        }

        /** Properties of a CbEventMsg. */
        interface ICbEventMsg {

            /** CbEventMsg header */
            header: cbbridge.sensor.ICbHeaderMsg;

            /** CbEventMsg strings */
            strings?: (cbbridge.sensor.ICbStringMsg[]|null);

            /** CbEventMsg process */
            process?: (cbbridge.sensor.ICbProcessMsg|null);

            /** CbEventMsg modload */
            modload?: (cbbridge.sensor.ICbModuleLoadMsg|null);

            /** CbEventMsg filemod */
            filemod?: (cbbridge.sensor.ICbFileModMsg|null);

            /** CbEventMsg network */
            network?: (cbbridge.sensor.ICbNetConnMsg|null);

            /** CbEventMsg regmod */
            regmod?: (cbbridge.sensor.ICbRegModMsg|null);

            /** CbEventMsg stats */
            stats?: (cbbridge.sensor.ICbStatisticsMsg|null);

            /** CbEventMsg module */
            module?: (cbbridge.sensor.ICbModuleInfoMsg|null);

            /** CbEventMsg vtwrite */
            vtwrite?: (cbbridge.sensor.ICbVtWriteMsg|null);

            /** CbEventMsg vtload */
            vtload?: (cbbridge.sensor.ICbVtLoadMsg|null);

            /** CbEventMsg childproc */
            childproc?: (cbbridge.sensor.ICbChildProcessMsg|null);

            /** CbEventMsg env */
            env?: (cbbridge.sensor.ICbEnvironmentMsg|null);

            /** CbEventMsg crossproc */
            crossproc?: (cbbridge.sensor.ICbCrossProcessMsg|null);

            /** CbEventMsg tamperAlert */
            tamperAlert?: (cbbridge.sensor.ICbTamperAlertMsg|null);

            /** CbEventMsg blocked */
            blocked?: (cbbridge.sensor.ICbProcessBlockedMsg|null);

            /** CbEventMsg emet */
            emet?: (cbbridge.sensor.ICbEmetMitigationMsg|null);

            /** CbEventMsg netconnBlocked */
            netconnBlocked?: (cbbridge.sensor.ICbNetConnBlockedMsg|null);

            /** CbEventMsg processMeta */
            processMeta?: (cbbridge.sensor.ICbProcessMetadataMsg|null);

            /** CbEventMsg networkv2 */
            networkv2?: (cbbridge.sensor.ICbNetConnMsgv2|null);

            /** CbEventMsg netconnBlockedv2 */
            netconnBlockedv2?: (cbbridge.sensor.ICbNetConnBlockedMsgv2|null);

            /** CbEventMsg internalUse */
            internalUse?: (cbbridge.sensor.IInternalUse|null);

            /** CbEventMsg scriptexe */
            scriptexe?: (cbbridge.sensor.ICbScriptExecute|null);

            /** CbEventMsg fbscriptexe */
            fbscriptexe?: (cbbridge.sensor.ICbFileBackedScriptExecute|null);
        }

        /** Represents a CbEventMsg. */
        class CbEventMsg implements ICbEventMsg {

            /**
             * Constructs a new CbEventMsg.
             * @param [properties] Properties to set
             */
            constructor(properties?: cbbridge.sensor.ICbEventMsg);

            /** CbEventMsg header. */
            public header: cbbridge.sensor.ICbHeaderMsg;

            /** CbEventMsg strings. */
            public strings: cbbridge.sensor.ICbStringMsg[];

            /** CbEventMsg process. */
            public process?: (cbbridge.sensor.ICbProcessMsg|null);

            /** CbEventMsg modload. */
            public modload?: (cbbridge.sensor.ICbModuleLoadMsg|null);

            /** CbEventMsg filemod. */
            public filemod?: (cbbridge.sensor.ICbFileModMsg|null);

            /** CbEventMsg network. */
            public network?: (cbbridge.sensor.ICbNetConnMsg|null);

            /** CbEventMsg regmod. */
            public regmod?: (cbbridge.sensor.ICbRegModMsg|null);

            /** CbEventMsg stats. */
            public stats?: (cbbridge.sensor.ICbStatisticsMsg|null);

            /** CbEventMsg module. */
            public module?: (cbbridge.sensor.ICbModuleInfoMsg|null);

            /** CbEventMsg vtwrite. */
            public vtwrite?: (cbbridge.sensor.ICbVtWriteMsg|null);

            /** CbEventMsg vtload. */
            public vtload?: (cbbridge.sensor.ICbVtLoadMsg|null);

            /** CbEventMsg childproc. */
            public childproc?: (cbbridge.sensor.ICbChildProcessMsg|null);

            /** CbEventMsg env. */
            public env?: (cbbridge.sensor.ICbEnvironmentMsg|null);

            /** CbEventMsg crossproc. */
            public crossproc?: (cbbridge.sensor.ICbCrossProcessMsg|null);

            /** CbEventMsg tamperAlert. */
            public tamperAlert?: (cbbridge.sensor.ICbTamperAlertMsg|null);

            /** CbEventMsg blocked. */
            public blocked?: (cbbridge.sensor.ICbProcessBlockedMsg|null);

            /** CbEventMsg emet. */
            public emet?: (cbbridge.sensor.ICbEmetMitigationMsg|null);

            /** CbEventMsg netconnBlocked. */
            public netconnBlocked?: (cbbridge.sensor.ICbNetConnBlockedMsg|null);

            /** CbEventMsg processMeta. */
            public processMeta?: (cbbridge.sensor.ICbProcessMetadataMsg|null);

            /** CbEventMsg networkv2. */
            public networkv2?: (cbbridge.sensor.ICbNetConnMsgv2|null);

            /** CbEventMsg netconnBlockedv2. */
            public netconnBlockedv2?: (cbbridge.sensor.ICbNetConnBlockedMsgv2|null);

            /** CbEventMsg internalUse. */
            public internalUse?: (cbbridge.sensor.IInternalUse|null);

            /** CbEventMsg scriptexe. */
            public scriptexe?: (cbbridge.sensor.ICbScriptExecute|null);

            /** CbEventMsg fbscriptexe. */
            public fbscriptexe?: (cbbridge.sensor.ICbFileBackedScriptExecute|null);

            /**
             * Creates a new CbEventMsg instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CbEventMsg instance
             */
            public static create(properties?: cbbridge.sensor.ICbEventMsg): cbbridge.sensor.CbEventMsg;

            /**
             * Encodes the specified CbEventMsg message. Does not implicitly {@link cbbridge.sensor.CbEventMsg.verify|verify} messages.
             * @param message CbEventMsg message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: cbbridge.sensor.ICbEventMsg, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CbEventMsg message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns CbEventMsg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cbbridge.sensor.CbEventMsg;
        }
    }
}
