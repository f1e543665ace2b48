export interface paths {
    "/userapi/v1/region/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List regions
         * @description Lists the regions where instances can be created.
         */
        get: operations["listRegions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/userapi/v1/gpu/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List GPU types
         * @description Lists the GPU models that can be rented.
         */
        get: operations["listGpus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/userapi/v1/image/privateList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List private images
         * @description Lists the custom images saved by the user.
         */
        get: operations["listPrivateImages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/userapi/v1/image/systemList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List system images
         * @description Lists the platform's images as a tree: framework, then version, then Python, then CUDA. Only
         *     the leaves carry an image `code`. The TypeScript client's `flattenImageTree()` turns the tree
         *     into a flat list with each image's path.
         */
        get: operations["listSystemImages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/userapi/v1/instance/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an instance
         * @description Rents a GPU instance and boots it from the given image. The instance starts in `CREATING` and
         *     moves to `RUNNING` once it is ready; poll its status to wait for it. Prepaid plans
         *     (`Day`, `Week`, `Month`) charge `serviceTime` periods up front. Not safe to retry: a retried
         *     create may rent a second instance.
         */
        post: operations["createInstance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/userapi/v1/instance/page": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List instances
         * @description Returns one page of the user's instances, optionally filtered by state or by a keyword. A read
         *     despite the POST method, so it is safe to retry.
         */
        post: operations["listInstances"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/userapi/v1/instance/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the state of every instance
         * @description Returns the lifecycle state of each of the user's instances in one call.
         */
        get: operations["listInstanceStatuses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/userapi/v1/instance/{instanceId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Instance id, as returned by create or the instance list. */
                instanceId: components["parameters"]["InstanceId"];
            };
            cookie?: never;
        };
        /**
         * Get an instance's state
         * @description Returns the lifecycle state of one instance. Poll it to wait for a transition.
         */
        get: operations["getInstanceStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/userapi/v1/instance/{instanceId}/start": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Instance id, as returned by create or the instance list. */
                instanceId: components["parameters"]["InstanceId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start an instance
         * @description Boots a stopped (`CLOSED`) instance. It moves to `STARTING`, then `RUNNING`. Not retried
         *     automatically.
         */
        post: operations["startInstance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/userapi/v1/instance/{instanceId}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Instance id, as returned by create or the instance list. */
                instanceId: components["parameters"]["InstanceId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop an instance
         * @description Shuts a running instance down. It moves to `STOPPING`, then `CLOSED`; disks are kept. Not
         *     retried automatically.
         */
        post: operations["stopInstance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/userapi/v1/instance/{instanceId}/release": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Instance id, as returned by create or the instance list. */
                instanceId: components["parameters"]["InstanceId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Release an instance
         * @description Destroys a stopped instance and its disks for good. It moves to `RELEASING`, then
         *     `RELEASED`. A prepaid instance cannot be released before its plan ends. Not retried
         *     automatically.
         */
        post: operations["releaseInstance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/userapi/v1/instance/{instanceId}/changeImage": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Instance id, as returned by create or the instance list. */
                instanceId: components["parameters"]["InstanceId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change an instance's image
         * @description Switches a stopped instance to another image; it boots from it on next start. The system disk
         *     is rebuilt from the new image. Not retried automatically.
         */
        post: operations["changeInstanceImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description An error code documented by the service:
         *
         *     | Code | Meaning |
         *     | --- | --- |
         *     | 10001 | Request parameter error (请求参数错误). |
         *     | 50001 | Insufficient balance (余额不足). |
         *     | 51001 | Insufficient resources in the region (资源不足). |
         *     | 51002 | Not enough free GPUs of the requested type (GPU不足). |
         *     | 52001 | Balance covers less than one hour of usage (余额不足1小时). |
         *     | 52002 | The instance is starting (实例正在开机中). |
         *     | 52003 | The instance is already running (实例正在运行中). |
         *     | 52004 | The instance is stopping (实例正在关机中). |
         *     | 52005 | The instance is already stopped (实例已关机). |
         *     | 52006 | The instance is being released (实例正在释放中). |
         *     | 52007 | The instance must be stopped first (实例需要关机). |
         *     | 52008 | The instance has expired (实例已到期). |
         *     | 52009 | A prepaid instance cannot be released before it expires (未到期包年包月实例暂不支持释放). |
         * @example 52005
         * @enum {integer}
         */
        KnownErrorCode: 10001 | 50001 | 51001 | 51002 | 52001 | 52002 | 52003 | 52004 | 52005 | 52006 | 52007 | 52008 | 52009;
        /**
         * @description Why a call failed; `null` on success. The codes below are documented by the service. The live
         *     service also answers codes outside this list, some of them non-numeric (for example
         *     `BIZ_ERROR`), so any integer or string is accepted. The TypeScript client turns numeric strings
         *     into numbers, so a known code always compares equal to its number.
         * @example 52005
         */
        ErrorCode: components["schemas"]["KnownErrorCode"] | number | string | null;
        /**
         * @description The JSON envelope of every CFGPU answer. The HTTP status is 200 even when the call failed:
         *     read `success` first.
         */
        Envelope: {
            /**
             * @description Whether the call succeeded; when `false`, `errorCode` and `errorMsg` say why.
             * @example true
             */
            success: boolean;
            errorCode?: components["schemas"]["ErrorCode"];
            /**
             * @description Human-readable reason of a failure, usually in Chinese; `null` on success.
             * @example null
             */
            errorMsg?: string | null;
            /**
             * @description The payload of a successful call; `null` on failure.
             * @example null
             */
            content?: unknown;
        };
        /** @description A data-centre region. */
        Region: {
            /**
             * @description Region code, used as `regionCode` when creating an instance.
             * @example hz
             */
            code: string;
            /**
             * @description Display name of the region.
             * @example 杭州
             */
            name: string;
        };
        /** @description A GPU model that can be rented. */
        Gpu: {
            /**
             * @description GPU type code, used as `gpuType` when creating an instance.
             * @example qnid2x6c
             */
            code: string;
            /**
             * @description Marketing name of the GPU.
             * @example RTX 4090
             */
            name: string;
        };
        /**
         * @description The kind of machine an image is built for: `CONTAINER` for container instances, `VM` for
         *     virtual machines.
         * @example CONTAINER
         * @enum {string}
         */
        AdaptType: "CONTAINER" | "VM";
        /** @description A custom image saved by the user. */
        PrivateImage: {
            /**
             * @description Image code, used as `imageId`.
             * @example image_gzo9zvxs
             */
            code: string;
            /**
             * @description Name the user gave the image.
             * @example ComfyUI 定制版
             */
            name: string;
            /**
             * @description Smallest system disk, in GB, the image needs; 0 when the default disk fits.
             * @example 0
             */
            sysDiskLimitMinSize?: number;
        };
        /**
         * @description One node of the system image tree. Inner nodes group images (framework, version, Python, CUDA)
         *     and name the level of their children in `childrenName`; leaves carry the image `code`.
         */
        ImageTreeNode: {
            /**
             * @description Label of this node at its level, such as a framework or a version.
             * @example 12.2
             */
            name: string;
            /**
             * @description What the children of this node stand for, such as `版本` (version).
             * @example Cuda 版本
             */
            childrenName?: string;
            /** @description Child nodes; absent or empty on a leaf. */
            children?: components["schemas"]["ImageTreeNode"][];
            /**
             * @description Image code of a leaf, used as `imageId`; absent on inner nodes.
             * @example image_exc6f72b
             */
            code?: string;
            /**
             * @description Smallest system disk, in GB, the image needs; 0 when the default disk fits.
             * @example 0
             */
            sysDiskLimitMinSize?: number;
        };
        /**
         * @description How the instance is billed: `Usage` pay-as-you-go by the hour, or prepaid by `Day`, `Week` or
         *     `Month` (for `serviceTime` units).
         * @example Day
         * @enum {string}
         */
        PriceType: "Usage" | "Day" | "Week" | "Month";
        /**
         * @description What to rent. Every instance comes with a free 30 GB system disk and a free 50 GB data disk;
         *     `sysDiskExpandSize` and `expandSize` add paid space on top of them.
         */
        InstanceCreateRequest: {
            priceType: components["schemas"]["PriceType"];
            /**
             * @description Region to create the instance in, from the region list.
             * @example hz
             */
            regionCode: string;
            /**
             * @description GPU type code, from the GPU list.
             * @example qnid2x6c
             */
            gpuType: string;
            /**
             * @description Number of GPUs to attach.
             * @example 1
             */
            gpuNum: number;
            /**
             * @description Extra system disk in GB on top of the free 30 GB.
             * @default 0
             * @example 0
             */
            sysDiskExpandSize?: number;
            /**
             * @description Extra data disk in GB on top of the free 50 GB.
             * @default 0
             * @example 0
             */
            expandSize?: number;
            /**
             * @description Image code to boot from, from the private or system image list.
             * @example image_exc6f72b
             */
            imageId: string;
            /**
             * @description Number of `priceType` periods to prepay (days, weeks or months). Ignored for `Usage`.
             * @default 1
             * @example 1
             */
            serviceTime?: number;
            /**
             * @description Display name of the instance.
             * @example AI-Training-20261123-RTX4090
             */
            instanceName?: string;
        };
        /** @description The instance that was created. */
        InstanceCreateResult: {
            /**
             * @description Id of the new instance; it starts in `CREATING`.
             * @example instance-8f3kq2m1
             */
            instanceId: string;
        };
        /**
         * @description Machine-readable lifecycle state of an instance:
         *
         *     | Code | Display | Meaning |
         *     | --- | --- | --- |
         *     | `CREATING` | 创建中 | Being created. |
         *     | `RUNNING` | 运行中 | Running and billed. |
         *     | `STOPPING` | 关机中 | Shutting down. |
         *     | `CLOSED` | 已关机 | Stopped. |
         *     | `STARTING` | 开机中 | Booting. |
         *     | `RELEASING` | 释放中 | Being destroyed. |
         *     | `RELEASED` | 已释放 | Destroyed; final. |
         *     | `ERROR` | 错误 | Failed; needs attention. |
         * @example RUNNING
         * @enum {string}
         */
        InstanceStatusCode: "CREATING" | "RUNNING" | "STOPPING" | "CLOSED" | "STARTING" | "RELEASING" | "RELEASED" | "ERROR";
        /** @description Which page of instances to return, and optional filters. */
        InstancePageRequest: {
            /**
             * @description Page number, starting at 1.
             * @default 1
             * @example 1
             */
            currentPage?: number;
            /**
             * @description Instances per page.
             * @default 10
             * @example 10
             */
            pageSize?: number;
            /**
             * @description Matches instance names or ids containing this text; an empty string matches every instance.
             * @example train
             */
            keyWord?: string;
            /** @description Only instances in this state. An empty string means any state, as callers of the service send it when no filter is chosen. */
            status?: components["schemas"]["InstanceStatusCode"] | "";
        };
        /** @description An instance as shown in the instance list. */
        Instance: {
            /**
             * @description Instance id.
             * @example instance-8f3kq2m1
             */
            instanceId: string;
            /**
             * @description Display name of the instance.
             * @example AI-Training-20261123-RTX4090
             */
            instanceName?: string;
            /**
             * @description Code of the region the instance runs in.
             * @example hz
             */
            regionCode?: string;
            /**
             * @description Display name of the region and zone.
             * @example 杭州 一区
             */
            region?: string;
            statusCode: components["schemas"]["InstanceStatusCode"];
            /**
             * @description Display name of the state, in Chinese.
             * @example 运行中
             */
            status?: string;
            /**
             * @description Code of the image the instance boots from.
             * @example image_exc6f72b
             */
            imageId?: string;
            /**
             * @description Full display name of the image, with its tree path.
             * @example Tensorflow 版本:2.15.0 Python 版本:3.11(ubuntu20.04) Cuda 版本:12.2
             */
            imageName?: string;
            /**
             * @description GPU type code.
             * @example qnid2x6c
             */
            gpuType?: string;
            /**
             * @description Marketing name of the GPU.
             * @example RTX 4090
             */
            gpuName?: string;
            /**
             * @description Number of GPUs attached.
             * @example 1
             */
            gpus?: number;
            /**
             * @description CPU model code.
             * @example e5-2680v2
             */
            cpuCode?: string;
            /**
             * @description CPU model name.
             * @example Intel Xeon E5-2680 v2
             */
            cpuName?: string;
            /**
             * @description Number of virtual CPU cores.
             * @example 14
             */
            cpus?: number;
            /**
             * @description Memory in bytes.
             * @example 15032385536
             */
            memory?: number;
            /**
             * @description GPU memory in bytes.
             * @example 25769803776
             */
            gpuMemory?: number;
            /**
             * @description When the instance was created, in Unix epoch milliseconds.
             * @example 1763870400000
             */
            createTime?: number;
            /**
             * @description System disk size in bytes.
             * @example 32212254720
             */
            sysDiskSize?: number;
            /**
             * @description Used system disk space in bytes.
             * @example 41410560
             */
            sysDiskUsedSize?: number;
            /**
             * @description Free-of-charge part of the system disk, in bytes.
             * @example 32212254720
             */
            sysDiskSizeFree?: number;
            /**
             * @description Paid extension of the system disk, in bytes.
             * @example 0
             */
            sysDiskSizePaid?: number;
            /**
             * @description Data disk size in bytes.
             * @example 53687091200
             */
            dataDiskSize?: number;
            /**
             * @description Used data disk space in bytes.
             * @example 0
             */
            dataDiskUsedSize?: number;
            /**
             * @description Free-of-charge part of the data disk, in bytes.
             * @example 53687091200
             */
            dataDiskSizeFree?: number;
            /**
             * @description Paid extension of the data disk, in bytes.
             * @example 0
             */
            dataDiskSizePaid?: number;
            /**
             * @description Billing mode code, such as `Prepaid` for day, week or month plans.
             * @example Prepaid
             */
            consumeTypeCode?: string;
            /**
             * @description Display name of the billing mode, in Chinese.
             * @example 预付费
             */
            consumeType?: string;
            /**
             * @description When a prepaid plan ends, in Unix epoch milliseconds.
             * @example 1763956800000
             */
            expireTime?: number | null;
            /**
             * @description When the instance will be stopped automatically, in Unix epoch milliseconds.
             * @example 1763956800000
             */
            stopTime?: number | null;
            /**
             * @description 1 when the plan expires soon, else 0.
             * @example 0
             * @enum {integer}
             */
            toBeExpiredCode?: 0 | 1;
            /**
             * @description Display form of `toBeExpiredCode` (`是` yes, `否` no).
             * @example 否
             */
            toBeExpired?: string;
            /**
             * @description 1 when the plan has expired, else 0.
             * @example 0
             * @enum {integer}
             */
            expiredCode?: 0 | 1;
            /**
             * @description Display form of `expiredCode` (`是` yes, `否` no).
             * @example 否
             */
            expired?: string;
            /**
             * @description 1 when the instance is scheduled for release, else 0.
             * @example 0
             * @enum {integer}
             */
            toBeReleasedCode?: 0 | 1;
            /**
             * @description Display form of `toBeReleasedCode` (`是` yes, `否` no).
             * @example 否
             */
            toBeReleased?: string;
        };
        /** @description One page of instances. */
        InstancePage: {
            /**
             * @description Number of instances matching the filters, over all pages.
             * @example 1
             */
            total: number;
            /**
             * @description Instances per page, as requested.
             * @example 10
             */
            pageSize: number;
            /**
             * @description Number of this page, starting at 1.
             * @example 1
             */
            currentPage: number;
            /**
             * @description Number of pages.
             * @example 1
             */
            pages?: number;
            /**
             * @description Whether this page holds no records.
             * @example false
             */
            empty?: boolean;
            /**
             * @description Whether this page holds records.
             * @example true
             */
            notEmpty?: boolean;
            /** @description The instances of this page. */
            records: components["schemas"]["Instance"][];
        };
        /** @description The lifecycle state of one instance. */
        InstanceStatus: {
            /**
             * @description Instance id.
             * @example instance-8f3kq2m1
             */
            instanceId: string;
            statusCode: components["schemas"]["InstanceStatusCode"];
            /**
             * @description Display name of the state, in Chinese (for example `运行中`).
             * @example 运行中
             */
            status?: string;
        };
        /** @description The image to switch a stopped instance to. */
        ChangeImageRequest: {
            /**
             * @description Image code to boot from on next start.
             * @example image_gzo9zvxs
             */
            imageId: string;
        };
    };
    responses: {
        /** @description The `Authorization` header is missing, or the token is invalid or revoked. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Envelope"];
            };
        };
    };
    parameters: {
        /**
         * @description Only images for this kind of machine.
         * @example CONTAINER
         */
        AdaptType: components["schemas"]["AdaptType"];
        /** @description Instance id, as returned by create or the instance list. */
        InstanceId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listRegions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The regions, or a failure envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The regions. */
                        content?: components["schemas"]["Region"][] | null;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    listGpus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The GPU types, or a failure envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The GPU types. */
                        content?: components["schemas"]["Gpu"][] | null;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    listPrivateImages: {
        parameters: {
            query?: {
                /**
                 * @description Only images for this kind of machine.
                 * @example CONTAINER
                 */
                adaptType?: components["parameters"]["AdaptType"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The private images, or a failure envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The private images. */
                        content?: components["schemas"]["PrivateImage"][] | null;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    listSystemImages: {
        parameters: {
            query?: {
                /**
                 * @description Only images for this kind of machine.
                 * @example CONTAINER
                 */
                adaptType?: components["parameters"]["AdaptType"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The system image tree, or a failure envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The top-level nodes of the image tree. */
                        content?: components["schemas"]["ImageTreeNode"][] | null;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    createInstance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InstanceCreateRequest"];
            };
        };
        responses: {
            /** @description The new instance's id, or a failure envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The new instance. */
                        content?: components["schemas"]["InstanceCreateResult"] | null;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    listInstances: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InstancePageRequest"];
            };
        };
        responses: {
            /** @description One page of instances, or a failure envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The page of instances. */
                        content?: components["schemas"]["InstancePage"] | null;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    listInstanceStatuses: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The state of each instance, or a failure envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description One entry per instance. */
                        content?: components["schemas"]["InstanceStatus"][] | null;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    getInstanceStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Instance id, as returned by create or the instance list. */
                instanceId: components["parameters"]["InstanceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The instance's state, or a failure envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The instance's state. */
                        content?: components["schemas"]["InstanceStatus"] | null;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    startInstance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Instance id, as returned by create or the instance list. */
                instanceId: components["parameters"]["InstanceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The instance is starting, or a failure envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    stopInstance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Instance id, as returned by create or the instance list. */
                instanceId: components["parameters"]["InstanceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The instance is stopping, or a failure envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    releaseInstance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Instance id, as returned by create or the instance list. */
                instanceId: components["parameters"]["InstanceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The instance is being released, or a failure envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    changeInstanceImage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Instance id, as returned by create or the instance list. */
                instanceId: components["parameters"]["InstanceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeImageRequest"];
            };
        };
        responses: {
            /** @description The image was changed, or a failure envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
}
