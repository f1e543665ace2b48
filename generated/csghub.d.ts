export interface paths {
    "/api/v1/models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List models
         * @description Returns one page of the models the caller may see: public ones and, with a token, the private
         *     ones of its user and of the organizations the user belongs to. Filter by text, tags, source,
         *     parameter count (`model_params_min`/`_max`), relation to another model (`model_tree`) or running
         *     serverless inference (`list_serverless`). Sorted by `sort` (last changed first by default);
         *     `per` defaults to 50 on this service and must be 1 to 100.
         */
        get: operations["listModels"];
        put?: never;
        /**
         * Create a model
         * @description Creates an empty model repository under `namespace` (the token's user when absent) with a
         *     generated README naming the license. Push the weights with git or the file operations
         *     afterwards. Needs a token; some editions of the hub also require a verified phone number.
         *     Creating under an organization needs write access to it. The hub answers HTTP 500 with
         *     `REPO-ERR-1` for an invalid name and `REPO-ERR-2` for an unknown namespace; an existing name is
         *     HTTP 400.
         */
        post: operations["createModel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/{namespace}/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        /**
         * Get a model
         * @description Returns a model with its tags, clone URLs and, with a token, what its user may do with it
         *     (`can_write`, `can_manage`, `user_likes`). Works without a token for public repositories; a
         *     token also reaches the private ones its user can read. A private model the caller cannot read
         *     answers HTTP 403.
         */
        get: operations["getModel"];
        /**
         * Update a model
         * @description Changes the model's settings; send only the fields that change. Needs a token of its owner, of a
         *     writer of the owning organization, or of a hub admin. Only hub admins may change the visibility
         *     of an organization's repository.
         */
        put: operations["updateModel"];
        post?: never;
        /**
         * Delete a model
         * @description Deletes the model with its files and history; this cannot be undone. Needs a token of its owner,
         *     of an admin of the owning organization, or of a hub admin.
         */
        delete: operations["deleteModel"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/{namespace}/{name}/tree": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        /**
         * List files of a model
         * @description Lists one directory of the model at a ref (not recursive): files and subdirectories with size,
         *     LFS details and the last commit that touched each. Works without a token for public
         *     repositories; a token also reaches the private ones its user can read. A private repository the
         *     caller cannot read answers HTTP 403.
         */
        get: operations["listModelFiles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/{namespace}/{name}/blob/{file_path}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
                /**
                 * @description Path of the file in the repository; `/` separates directories.
                 * @example config.json
                 */
                file_path: components["parameters"]["RepoFilePath"];
            };
            cookie?: never;
        };
        /**
         * Get a file of a model
         * @description Returns one file of the model at a ref: its metadata and, for files up to about 900 kB, its
         *     content base64-encoded. For LFS files the content is the LFS pointer; use the download operation
         *     for the bytes. Works without a token for public repositories; a token also reaches the private
         *     ones its user can read. A missing file or ref answers HTTP 404; a private repository the caller
         *     cannot read answers HTTP 500.
         */
        get: operations["getModelFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/{namespace}/{name}/download/{file_path}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
                /**
                 * @description Path of the file in the repository; `/` separates directories.
                 * @example config.json
                 */
                file_path: components["parameters"]["RepoFilePath"];
            };
            cookie?: never;
        };
        /**
         * Download a file of a model
         * @description Downloads one file of the model. By default the answer is the file's bytes as stored in git
         *     (`application/octet-stream`), to be streamed to disk. For a file stored with git LFS (`lfs:
         *     true` in the tree or blob answer) those bytes are only its pointer: call again with `lfs=true`
         *     and the file's `lfs_sha256` as `file_path` to get a JSON answer whose `data` is a signed
         *     object-storage URL, valid for 3 days, that serves the content (no hub token needed there;
         *     `save_as` sets the saved file name). Each call counts as a download. Works without a token for
         *     public repositories; a token also reaches the private ones its user can read. A missing file or
         *     a repository the caller cannot read answers HTTP 500.
         */
        get: operations["downloadModelFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/{namespace}/{name}/last_commit": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        /**
         * Get the last commit of a model
         * @description Returns the head commit of a branch, tag or commit of the model. Works without a token for
         *     public repositories; a token also reaches the private ones its user can read. A private
         *     repository the caller cannot read answers HTTP 403.
         */
        get: operations["getModelLastCommit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/{namespace}/{name}/commits": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        /**
         * List commits of a model
         * @description Returns one page of the commits reachable from a ref of the model, newest first. The commits,
         *     their count (`total`) and the number of pages (`page_count`) are inside `data`; the envelope has
         *     no `total` here. `per` defaults to 50 and must be 1 to 100. Works without a token for public
         *     repositories; a token also reaches the private ones its user can read. A private repository the
         *     caller cannot read answers HTTP 500.
         */
        get: operations["listModelCommits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/{namespace}/{name}/branches": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        /**
         * List branches of a model
         * @description Returns all branches of the model with their head commits, unpaged. Works without a token for
         *     public repositories; a token also reaches the private ones its user can read. A private
         *     repository the caller cannot read answers HTTP 500.
         */
        get: operations["listModelBranches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/datasets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List datasets
         * @description Returns one page of the datasets the caller may see: public ones and, with a token, the private
         *     ones of its user and of the organizations the user belongs to. Filter by text, tags, source,
         *     size on the default branch (`repo_size_min`/`_max`), marketplace type (`dataset_type`) or, with
         *     a token, datasets the user bought (`user_purchased`). Sorted by `sort` (last changed first by
         *     default); `per` defaults to 50 on this service and must be 1 to 100.
         */
        get: operations["listDatasets"];
        put?: never;
        /**
         * Create a dataset
         * @description Creates an empty dataset repository under `namespace` (the token's user when absent) with a
         *     generated README and a `.gitattributes` that stores common data formats with git LFS. Hubs
         *     configured to forbid public datasets refuse `private: false` with HTTP 400. Needs a token; some
         *     editions of the hub also require a verified phone number. Creating under an organization needs
         *     write access to it. The hub answers HTTP 500 with `REPO-ERR-1` for an invalid name and
         *     `REPO-ERR-2` for an unknown namespace; an existing name is HTTP 400.
         */
        post: operations["createDataset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/datasets/{namespace}/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        /**
         * Get a dataset
         * @description Returns a dataset with its tags, clone URLs and, with a token, what its user may do with it
         *     (`can_write`, `can_manage`, `user_likes`). Works without a token for public repositories; a
         *     token also reaches the private ones its user can read. A private dataset the caller cannot read
         *     answers HTTP 403.
         */
        get: operations["getDataset"];
        /**
         * Update a dataset
         * @description Changes the dataset's settings; send only the fields that change. Needs a token of its owner, of
         *     a writer of the owning organization, or of a hub admin. Only hub admins may change the
         *     visibility of an organization's repository. Invalid marketplace settings (a `commercial` type
         *     without a positive `price` or an existing `related_dataset_id`) come back as HTTP 500 with
         *     `REQ-ERR-0`.
         */
        put: operations["updateDataset"];
        post?: never;
        /**
         * Delete a dataset
         * @description Deletes the dataset with its files and history; this cannot be undone. Needs a token of its
         *     owner, of an admin of the owning organization, or of a hub admin.
         */
        delete: operations["deleteDataset"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/datasets/{namespace}/{name}/tree": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        /**
         * List files of a dataset
         * @description Lists one directory of the dataset at a ref (not recursive): files and subdirectories with size,
         *     LFS details and the last commit that touched each. Needs a token, even for public datasets. A
         *     private repository the caller cannot read answers HTTP 403.
         */
        get: operations["listDatasetFiles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/datasets/{namespace}/{name}/blob/{file_path}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
                /**
                 * @description Path of the file in the repository; `/` separates directories.
                 * @example config.json
                 */
                file_path: components["parameters"]["RepoFilePath"];
            };
            cookie?: never;
        };
        /**
         * Get a file of a dataset
         * @description Returns one file of the dataset at a ref: its metadata and, for files up to about 900 kB, its
         *     content base64-encoded. For LFS files the content is the LFS pointer; use the download operation
         *     for the bytes. Works without a token for public repositories; a token also reaches the private
         *     ones its user can read. A missing file or ref answers HTTP 404; a private repository the caller
         *     cannot read answers HTTP 500.
         */
        get: operations["getDatasetFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/datasets/{namespace}/{name}/download/{file_path}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
                /**
                 * @description Path of the file in the repository; `/` separates directories.
                 * @example config.json
                 */
                file_path: components["parameters"]["RepoFilePath"];
            };
            cookie?: never;
        };
        /**
         * Download a file of a dataset
         * @description Downloads one file of the dataset. By default the answer is the file's bytes as stored in git
         *     (`application/octet-stream`), to be streamed to disk. For a file stored with git LFS (`lfs:
         *     true` in the tree or blob answer) those bytes are only its pointer: call again with `lfs=true`
         *     and the file's `lfs_sha256` as `file_path` to get a JSON answer whose `data` is a signed
         *     object-storage URL, valid for 3 days, that serves the content (no hub token needed there;
         *     `save_as` sets the saved file name). Each call counts as a download. Needs a token, even for
         *     public datasets. A missing file or a repository the caller cannot read answers HTTP 500.
         */
        get: operations["downloadDatasetFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/datasets/{namespace}/{name}/last_commit": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        /**
         * Get the last commit of a dataset
         * @description Returns the head commit of a branch, tag or commit of the dataset. Works without a token for
         *     public repositories; a token also reaches the private ones its user can read. A private
         *     repository the caller cannot read answers HTTP 403.
         */
        get: operations["getDatasetLastCommit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/datasets/{namespace}/{name}/commits": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        /**
         * List commits of a dataset
         * @description Returns one page of the commits reachable from a ref of the dataset, newest first. The commits,
         *     their count (`total`) and the number of pages (`page_count`) are inside `data`; the envelope has
         *     no `total` here. `per` defaults to 50 and must be 1 to 100. Needs a token, even for public
         *     datasets. A private repository the caller cannot read answers HTTP 500.
         */
        get: operations["listDatasetCommits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/datasets/{namespace}/{name}/branches": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        /**
         * List branches of a dataset
         * @description Returns all branches of the dataset with their head commits, unpaged. Needs a token, even for
         *     public datasets. A private repository the caller cannot read answers HTTP 500.
         */
        get: operations["listDatasetBranches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List code repositories
         * @description Returns one page of the code repositories the caller may see: public ones and, with a token, the
         *     private ones of its user and of the organizations the user belongs to. Filter by text, tags or
         *     source. Sorted by `sort` (last changed first by default); `per` defaults to 50 on this service
         *     and must be 1 to 100.
         */
        get: operations["listCodes"];
        put?: never;
        /**
         * Create a code repository
         * @description Creates a code repository under `namespace` (the token's user when absent): empty with a
         *     generated README, filled from an uploaded archive (`code_file`), or imported from another git
         *     host (`git_url`). Needs a token; some editions of the hub also require a verified phone number.
         *     Creating under an organization needs write access to it. The hub answers HTTP 500 with
         *     `REPO-ERR-1` for an invalid name and `REPO-ERR-2` for an unknown namespace; an existing name is
         *     HTTP 400.
         */
        post: operations["createCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/codes/{namespace}/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        /**
         * Get a code repository
         * @description Returns a code repository with its tags, clone URLs and, with a token, what its user may do with
         *     it (`can_write`, `can_manage`, `user_likes`). Works without a token for public repositories; a
         *     token also reaches the private ones its user can read. A private code repository the caller
         *     cannot read answers HTTP 403.
         */
        get: operations["getCode"];
        /**
         * Update a code repository
         * @description Changes the code repository's settings; send only the fields that change. Needs a token of its
         *     owner, of a writer of the owning organization, or of a hub admin. Only hub admins may change the
         *     visibility of an organization's repository.
         */
        put: operations["updateCode"];
        post?: never;
        /**
         * Delete a code repository
         * @description Deletes the code repository with its files and history; this cannot be undone. Needs a token of
         *     its owner, of an admin of the owning organization, or of a hub admin.
         */
        delete: operations["deleteCode"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/codes/{namespace}/{name}/tree": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        /**
         * List files of a code repository
         * @description Lists one directory of the code repository at a ref (not recursive): files and subdirectories
         *     with size, LFS details and the last commit that touched each. Works without a token for public
         *     repositories; a token also reaches the private ones its user can read. A private repository the
         *     caller cannot read answers HTTP 403.
         */
        get: operations["listCodeFiles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/codes/{namespace}/{name}/blob/{file_path}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
                /**
                 * @description Path of the file in the repository; `/` separates directories.
                 * @example config.json
                 */
                file_path: components["parameters"]["RepoFilePath"];
            };
            cookie?: never;
        };
        /**
         * Get a file of a code repository
         * @description Returns one file of the code repository at a ref: its metadata and, for files up to about 900
         *     kB, its content base64-encoded. For LFS files the content is the LFS pointer; use the download
         *     operation for the bytes. Works without a token for public repositories; a token also reaches the
         *     private ones its user can read. A missing file or ref answers HTTP 404; a private repository the
         *     caller cannot read answers HTTP 500.
         */
        get: operations["getCodeFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/codes/{namespace}/{name}/download/{file_path}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
                /**
                 * @description Path of the file in the repository; `/` separates directories.
                 * @example config.json
                 */
                file_path: components["parameters"]["RepoFilePath"];
            };
            cookie?: never;
        };
        /**
         * Download a file of a code repository
         * @description Downloads one file of the code repository. By default the answer is the file's bytes as stored
         *     in git (`application/octet-stream`), to be streamed to disk. For a file stored with git LFS
         *     (`lfs: true` in the tree or blob answer) those bytes are only its pointer: call again with
         *     `lfs=true` and the file's `lfs_sha256` as `file_path` to get a JSON answer whose `data` is a
         *     signed object-storage URL, valid for 3 days, that serves the content (no hub token needed there;
         *     `save_as` sets the saved file name). Each call counts as a download. Works without a token for
         *     public repositories; a token also reaches the private ones its user can read. A missing file or
         *     a repository the caller cannot read answers HTTP 500.
         */
        get: operations["downloadCodeFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/codes/{namespace}/{name}/last_commit": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        /**
         * Get the last commit of a code repository
         * @description Returns the head commit of a branch, tag or commit of the code repository. Works without a token
         *     for public repositories; a token also reaches the private ones its user can read. A private
         *     repository the caller cannot read answers HTTP 403.
         */
        get: operations["getCodeLastCommit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/codes/{namespace}/{name}/commits": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        /**
         * List commits of a code repository
         * @description Returns one page of the commits reachable from a ref of the code repository, newest first. The
         *     commits, their count (`total`) and the number of pages (`page_count`) are inside `data`; the
         *     envelope has no `total` here. `per` defaults to 50 and must be 1 to 100. Works without a token
         *     for public repositories; a token also reaches the private ones its user can read. A private
         *     repository the caller cannot read answers HTTP 500.
         */
        get: operations["listCodeCommits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/codes/{namespace}/{name}/branches": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        /**
         * List branches of a code repository
         * @description Returns all branches of the code repository with their head commits, unpaged. Works without a
         *     token for public repositories; a token also reaches the private ones its user can read. A
         *     private repository the caller cannot read answers HTTP 500.
         */
        get: operations["listCodeBranches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/spaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List spaces
         * @description Returns one page of the spaces the caller may see: public ones and, with a token, the private
         *     ones of its user and of the organizations the user belongs to. Filter by text, tags, source, app
         *     framework (`sdk`) or run state (`status`; slower, as the hub reads each space's state). Sorted
         *     by `sort` (last changed first by default); `per` defaults to 50 on this service and must be 1 to
         *     100.
         */
        get: operations["listSpaces"];
        put?: never;
        /**
         * Create a space
         * @description Creates a space under `namespace` (the token's user when absent) on the hardware plan
         *     `resource_id` in cluster `cluster_id`, with template files for its `sdk`. A push that brings its
         *     entry file (such as `app.py` for Gradio) builds and starts it; the templates of some frameworks
         *     already contain one. Refused when the user may not buy that plan. Needs a token; some editions
         *     of the hub also require a verified phone number. Creating under an organization needs write
         *     access to it. The hub answers HTTP 500 with `REPO-ERR-1` for an invalid name and `REPO-ERR-2`
         *     for an unknown namespace; an existing name is HTTP 400.
         */
        post: operations["createSpace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/spaces/{namespace}/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        /**
         * Get a space
         * @description Returns a space with its run state, endpoint and replicas. Needs a token, even for public
         *     spaces; `env` and `secrets` are filled only for users who can write to it. A private space the
         *     user cannot read answers HTTP 401.
         */
        get: operations["getSpace"];
        /**
         * Update a space
         * @description Changes the space's settings; send only the fields that change. Needs a token of its owner, of a
         *     writer of the owning organization, or of a hub admin. Only hub admins may change the visibility
         *     of an organization's repository. A user without permission gets HTTP 500 here (the hub does not
         *     map it to 403).
         */
        put: operations["updateSpace"];
        post?: never;
        /**
         * Delete a space
         * @description Deletes the space with its files and history; this cannot be undone. Needs a token of its owner,
         *     of an admin of the owning organization, or of a hub admin. A running app is stopped in the
         *     background. A user without permission gets HTTP 500 here (the hub does not map it to 403).
         */
        delete: operations["deleteSpace"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/spaces/{namespace}/{name}/tree": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        /**
         * List files of a space
         * @description Lists one directory of the space at a ref (not recursive): files and subdirectories with size,
         *     LFS details and the last commit that touched each. Works without a token for public
         *     repositories; a token also reaches the private ones its user can read. A private repository the
         *     caller cannot read answers HTTP 403.
         */
        get: operations["listSpaceFiles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/spaces/{namespace}/{name}/blob/{file_path}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
                /**
                 * @description Path of the file in the repository; `/` separates directories.
                 * @example config.json
                 */
                file_path: components["parameters"]["RepoFilePath"];
            };
            cookie?: never;
        };
        /**
         * Get a file of a space
         * @description Returns one file of the space at a ref: its metadata and, for files up to about 900 kB, its
         *     content base64-encoded. For LFS files the content is the LFS pointer; use the download operation
         *     for the bytes. Works without a token for public repositories; a token also reaches the private
         *     ones its user can read. A missing file or ref answers HTTP 404; a private repository the caller
         *     cannot read answers HTTP 500.
         */
        get: operations["getSpaceFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/spaces/{namespace}/{name}/download/{file_path}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
                /**
                 * @description Path of the file in the repository; `/` separates directories.
                 * @example config.json
                 */
                file_path: components["parameters"]["RepoFilePath"];
            };
            cookie?: never;
        };
        /**
         * Download a file of a space
         * @description Downloads one file of the space. By default the answer is the file's bytes as stored in git
         *     (`application/octet-stream`), to be streamed to disk. For a file stored with git LFS (`lfs:
         *     true` in the tree or blob answer) those bytes are only its pointer: call again with `lfs=true`
         *     and the file's `lfs_sha256` as `file_path` to get a JSON answer whose `data` is a signed
         *     object-storage URL, valid for 3 days, that serves the content (no hub token needed there;
         *     `save_as` sets the saved file name). Each call counts as a download. Works without a token for
         *     public repositories; a token also reaches the private ones its user can read. A missing file or
         *     a repository the caller cannot read answers HTTP 500.
         */
        get: operations["downloadSpaceFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/spaces/{namespace}/{name}/last_commit": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        /**
         * Get the last commit of a space
         * @description Returns the head commit of a branch, tag or commit of the space. Works without a token for
         *     public repositories; a token also reaches the private ones its user can read. A private
         *     repository the caller cannot read answers HTTP 403.
         */
        get: operations["getSpaceLastCommit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/spaces/{namespace}/{name}/commits": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        /**
         * List commits of a space
         * @description Returns one page of the commits reachable from a ref of the space, newest first. The commits,
         *     their count (`total`) and the number of pages (`page_count`) are inside `data`; the envelope has
         *     no `total` here. `per` defaults to 50 and must be 1 to 100. Works without a token for public
         *     repositories; a token also reaches the private ones its user can read. A private repository the
         *     caller cannot read answers HTTP 500.
         */
        get: operations["listSpaceCommits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/spaces/{namespace}/{name}/branches": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        /**
         * List branches of a space
         * @description Returns all branches of the space with their head commits, unpaged. Works without a token for
         *     public repositories; a token also reaches the private ones its user can read. A private
         *     repository the caller cannot read answers HTTP 500.
         */
        get: operations["listSpaceBranches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mcps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List MCP servers
         * @description Returns one page of the MCP servers the caller may see: public ones and, with a token, the
         *     private ones of its user and of the organizations the user belongs to. Filter by text, tags or
         *     source. Unlike the other repository lists, `data` is an object holding the servers (`data.data`)
         *     and their count (`data.total`). Sorted by `sort` (last changed first by default); `per` defaults
         *     to 50 on this service and must be 1 to 100.
         */
        get: operations["listMcpServers"];
        put?: never;
        /**
         * Create an MCP server
         * @description Creates an MCP server repository under `namespace` (required here: the hub does not default it)
         *     with a generated README. Needs a token. Creating under an organization needs write access to it.
         *     The hub answers HTTP 500 with `REPO-ERR-1` for an invalid name and `REPO-ERR-2` for an unknown
         *     namespace; an existing name is HTTP 400.
         */
        post: operations["createMcpServer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mcps/{namespace}/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        /**
         * Get an MCP server
         * @description Returns an MCP server with its tags, clone URLs and, with a token, what its user may do with it
         *     (`can_write`, `can_manage`, `user_likes`). Works without a token for public repositories; a
         *     token also reaches the private ones its user can read. A private MCP server the caller cannot
         *     read answers HTTP 403.
         */
        get: operations["getMcpServer"];
        /**
         * Update an MCP server
         * @description Changes the MCP server's settings; send only the fields that change. Needs a token of its owner,
         *     of a writer of the owning organization, or of a hub admin. Only hub admins may change the
         *     visibility of an organization's repository.
         */
        put: operations["updateMcpServer"];
        post?: never;
        /**
         * Delete an MCP server
         * @description Deletes the MCP server with its files and history; this cannot be undone. Needs a token of its
         *     owner, of an admin of the owning organization, or of a hub admin.
         */
        delete: operations["deleteMcpServer"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mcps/{namespace}/{name}/tree": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        /**
         * List files of an MCP server
         * @description Lists one directory of the MCP server at a ref (not recursive): files and subdirectories with
         *     size, LFS details and the last commit that touched each. Works without a token for public
         *     repositories; a token also reaches the private ones its user can read. A private repository the
         *     caller cannot read answers HTTP 403.
         */
        get: operations["listMcpServerFiles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mcps/{namespace}/{name}/blob/{file_path}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
                /**
                 * @description Path of the file in the repository; `/` separates directories.
                 * @example config.json
                 */
                file_path: components["parameters"]["RepoFilePath"];
            };
            cookie?: never;
        };
        /**
         * Get a file of an MCP server
         * @description Returns one file of the MCP server at a ref: its metadata and, for files up to about 900 kB, its
         *     content base64-encoded. For LFS files the content is the LFS pointer; use the download operation
         *     for the bytes. Works without a token for public repositories; a token also reaches the private
         *     ones its user can read. A missing file or ref answers HTTP 404; a private repository the caller
         *     cannot read answers HTTP 500.
         */
        get: operations["getMcpServerFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mcps/{namespace}/{name}/download/{file_path}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
                /**
                 * @description Path of the file in the repository; `/` separates directories.
                 * @example config.json
                 */
                file_path: components["parameters"]["RepoFilePath"];
            };
            cookie?: never;
        };
        /**
         * Download a file of an MCP server
         * @description Downloads one file of the MCP server. By default the answer is the file's bytes as stored in git
         *     (`application/octet-stream`), to be streamed to disk. For a file stored with git LFS (`lfs:
         *     true` in the tree or blob answer) those bytes are only its pointer: call again with `lfs=true`
         *     and the file's `lfs_sha256` as `file_path` to get a JSON answer whose `data` is a signed
         *     object-storage URL, valid for 3 days, that serves the content (no hub token needed there;
         *     `save_as` sets the saved file name). Each call counts as a download. Works without a token for
         *     public repositories; a token also reaches the private ones its user can read. A missing file or
         *     a repository the caller cannot read answers HTTP 500.
         */
        get: operations["downloadMcpServerFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mcps/{namespace}/{name}/last_commit": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        /**
         * Get the last commit of an MCP server
         * @description Returns the head commit of a branch, tag or commit of the MCP server. Works without a token for
         *     public repositories; a token also reaches the private ones its user can read. A private
         *     repository the caller cannot read answers HTTP 403.
         */
        get: operations["getMcpServerLastCommit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mcps/{namespace}/{name}/commits": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        /**
         * List commits of an MCP server
         * @description Returns one page of the commits reachable from a ref of the MCP server, newest first. The
         *     commits, their count (`total`) and the number of pages (`page_count`) are inside `data`; the
         *     envelope has no `total` here. `per` defaults to 50 and must be 1 to 100. Works without a token
         *     for public repositories; a token also reaches the private ones its user can read. A private
         *     repository the caller cannot read answers HTTP 500.
         */
        get: operations["listMcpServerCommits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mcps/{namespace}/{name}/branches": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        /**
         * List branches of an MCP server
         * @description Returns all branches of the MCP server with their head commits, unpaged. Works without a token
         *     for public repositories; a token also reaches the private ones its user can read. A private
         *     repository the caller cannot read answers HTTP 500.
         */
        get: operations["listMcpServerBranches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/{namespace}/{name}/relations": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        /**
         * Get a model's related repositories
         * @description Lists the datasets, code repositories, spaces and prompts related to a model, grouped by
         *     kind. Relations come from README metadata on both sides (for example a dataset listed under
         *     the model's `datasets`, or a space naming the model). Works without a token for public
         *     models. A private model the caller cannot read answers 500 with code `AUTH-ERR-0`, not 403.
         */
        get: operations["getModelRelations"];
        /**
         * Set a model's related datasets
         * @description Replaces the `datasets` entry of the model's README metadata with the given list, by
         *     committing to the `main` branch as the caller. Administrators only.
         */
        put: operations["setModelRelations"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/{namespace}/{name}/relations/dataset": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Relate a model to a dataset
         * @description Adds one dataset to the `datasets` entry of the model's README metadata, by committing to
         *     the `main` branch as the caller. Needs a token of a user whose phone number is verified.
         */
        post: operations["addModelDatasetRelation"];
        /**
         * Unrelate a model from a dataset
         * @description Removes one dataset from the `datasets` entry of the model's README metadata, by committing
         *     to the `main` branch as the caller. Administrators only. The dataset is sent in the body.
         */
        delete: operations["removeModelDatasetRelation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/codes/{namespace}/{name}/relations": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        /**
         * Get a code repository's related models
         * @description Lists the models related to a code repository through README metadata. Only `models` is
         *     ever filled. Works without a token for public repositories; a private one the caller cannot
         *     read answers 403.
         */
        get: operations["getCodeRelations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/{namespace}/{name}/quantizations": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        /**
         * List a model's GGUF quantizations
         * @description Lists the GGUF files on the model's default branch, one per quantization: every single
         *     `.gguf` file and the first part of each split one. Pass a file's `name` as `entrypoint` when
         *     serving it with llama.cpp. Not paged; `data` is `null` when the model has no GGUF file.
         *     Works without a token.
         */
        get: operations["listModelQuantizations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/{namespace}/{name}/serverless": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        /**
         * Get a model's serverless deploy
         * @description Returns the model's serverless deploy — a model has at most one — without its endpoints;
         *     `data` is `null` when the model has none. Works without a token for public models. A
         *     private model the caller cannot read answers 500 with code `AUTH-ERR-0`, not 403.
         */
        get: operations["getModelServerlessDeploy"];
        put?: never;
        /**
         * Deploy a model as serverless inference
         * @description Creates the model's serverless deploy and answers its id; if the model already has one,
         *     answers that one's id and changes nothing, so a retry is safe. The deploy is always public (`secure_level` is
         *     forced to 1). Administrators only. Follow the deploy with `streamServerlessDeployStatus`
         *     until it is `Running`.
         */
        post: operations["createServerlessDeploy"];
        /**
         * Delete a model's serverless deploy
         * @description Removes the model's serverless deploy — its containers and its record — and takes its price
         *     offline. Administrators only. The deploy is found by model; there is no per-id delete.
         */
        delete: operations["deleteServerlessDeploy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/{namespace}/{name}/serverless/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
                /**
                 * @description Numeric id of the deploy (an inference, fine-tuning instance or serverless deploy), as answered
                 *     by the create call (`deploy_id`).
                 * @example 3187
                 */
                id: components["parameters"]["DeployId"];
            };
            cookie?: never;
        };
        /**
         * Get a serverless deploy
         * @description Returns a serverless deploy with its endpoint, replicas and instances. Administrators only.
         *     `status` is a snapshot; stream `…/status` to follow it.
         */
        get: operations["getServerlessDeploy"];
        /**
         * Change a serverless deploy
         * @description Changes the settings sent in the body. Most changes need the deploy stopped first
         *     (`stopServerlessDeploy`); start it again afterwards. Administrators only.
         */
        put: operations["updateServerlessDeploy"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/{namespace}/{name}/serverless/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
                /**
                 * @description Numeric id of the deploy (an inference, fine-tuning instance or serverless deploy), as answered
                 *     by the create call (`deploy_id`).
                 * @example 3187
                 */
                id: components["parameters"]["DeployId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Start a serverless deploy
         * @description Starts a stopped serverless deploy with its saved settings; leftovers of a deploy that is not
         *     running are cleaned up first, a running one is refused (`DEPLOY-ERR-1`). Not retried
         *     automatically: a repeated start restarts a deploy that is still coming up. Answers once the
         *     start is accepted; stream `…/status` until `Running`. Administrators only.
         */
        put: operations["startServerlessDeploy"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/{namespace}/{name}/serverless/{id}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
                /**
                 * @description Numeric id of the deploy (an inference, fine-tuning instance or serverless deploy), as answered
                 *     by the create call (`deploy_id`).
                 * @example 3187
                 */
                id: components["parameters"]["DeployId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Stop a serverless deploy
         * @description Removes the deploy's containers and marks it `Stopped`; its settings are kept for a later
         *     start. Without `force`, fails when the containers are still there afterwards.
         *     Administrators only.
         */
        put: operations["stopServerlessDeploy"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/{namespace}/{name}/serverless/{id}/logs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
                /**
                 * @description Numeric id of the deploy (an inference, fine-tuning instance or serverless deploy), as answered
                 *     by the create call (`deploy_id`).
                 * @example 3187
                 */
                id: components["parameters"]["DeployId"];
            };
            cookie?: never;
        };
        /**
         * Stream a serverless deploy's logs
         * @description Streams the container logs of the deploy as server-sent events: past lines first (from
         *     `since`, at most `limit`), then new ones as they are written. Each `Container` event's data
         *     is log text; a `Heartbeat` event with data `keep-alive` comes every 30 seconds. The stream
         *     does not end on its own — close it when done. Administrators only.
         *
         *     Refusals found after the stream headers are prepared (403, 500) carry a JSON body although
         *     their `Content-Type` says `text/event-stream`.
         */
        get: operations["streamServerlessDeployLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/{namespace}/{name}/serverless/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
                /**
                 * @description Numeric id of the deploy (an inference, fine-tuning instance or serverless deploy), as answered
                 *     by the create call (`deploy_id`).
                 * @example 3187
                 */
                id: components["parameters"]["DeployId"];
            };
            cookie?: never;
        };
        /**
         * Stream a serverless deploy's state
         * @description Streams the deploy's state as server-sent events, one reading about every 10 seconds (the
         *     service's `STARHUB_SERVER_MODEL_DEPLOY_STATUS_CHECK_INTERVAL`). A `status` event's data is
         *     a JSON object: `status` (a `DeployStatus` value such as `Deploying` or `Running`),
         *     `details` (the instances, each `{name, status}`, or `null`), `message` and `reason`. When a
         *     reading fails, an `error` event carries the error text instead. The stream does not end on
         *     its own — close it once the state you wait for (usually `Running`) arrives, or on a failure
         *     state. Administrators only.
         */
        get: operations["streamServerlessDeployStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/{namespace}/{name}/run": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        /**
         * List your deploys of a model
         * @description Lists the caller's deploys of the model that are not deleted — dedicated endpoints, and
         *     fine-tuning instances too — newest first. Not paged; `data` is `null` when there are none.
         */
        get: operations["listModelRuns"];
        put?: never;
        /**
         * Deploy a model as a dedicated endpoint
         * @description Creates a dedicated inference endpoint of the model for the caller (or `owner_namespace`)
         *     and answers its id. The caller needs read access to the model. Not safe to retry: a retried
         *     create may start a second endpoint. Follow it with `streamModelRunStatus` until `Running`;
         *     its `endpoint` then serves the runtime's API.
         */
        post: operations["createModelRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/{namespace}/{name}/run/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
                /**
                 * @description Numeric id of the deploy (an inference, fine-tuning instance or serverless deploy), as answered
                 *     by the create call (`deploy_id`).
                 * @example 3187
                 */
                id: components["parameters"]["DeployId"];
            };
            cookie?: never;
        };
        /**
         * Get a deploy of a model
         * @description Returns one of your deploys of the model — a dedicated endpoint or a fine-tuning instance
         *     (then with its `proxy_endpoint`) — with its endpoint, replicas and instances. Administrators
         *     and members of the creator's organizations may read public-level deploys too. `status` is a
         *     snapshot; stream `…/status` to follow it.
         */
        get: operations["getModelRun"];
        /**
         * Change a dedicated endpoint
         * @description Changes the settings sent in the body of one of your deploys of the model. Most changes need
         *     the deploy stopped first (`stopModelRun`); start it again afterwards.
         */
        put: operations["updateModelRun"];
        post?: never;
        /**
         * Delete a dedicated endpoint
         * @description Removes one of your deploys of the model: its containers go, its record is marked deleted
         *     and a reserved resource it used is released. Fine-tuning instances can be deleted here too.
         */
        delete: operations["deleteModelRun"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/{namespace}/{name}/run/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
                /**
                 * @description Numeric id of the deploy (an inference, fine-tuning instance or serverless deploy), as answered
                 *     by the create call (`deploy_id`).
                 * @example 3187
                 */
                id: components["parameters"]["DeployId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Start a dedicated endpoint
         * @description Starts one of your stopped deploys of the model with its saved settings, after checking
         *     balance and free hardware; leftovers of a deploy that is not running are cleaned up first, a
         *     running one is refused (`DEPLOY-ERR-1`). Not retried automatically: a repeated start
         *     restarts a deploy that is still coming up. Answers once the start is accepted; stream
         *     `…/status` until `Running`.
         */
        put: operations["startModelRun"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/{namespace}/{name}/run/{id}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
                /**
                 * @description Numeric id of the deploy (an inference, fine-tuning instance or serverless deploy), as answered
                 *     by the create call (`deploy_id`).
                 * @example 3187
                 */
                id: components["parameters"]["DeployId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Stop a dedicated endpoint
         * @description Removes the containers of one of your deploys of the model and marks it `Stopped`; its
         *     settings are kept for a later start, and a reserved resource it used is released. Billing
         *     stops with it.
         */
        put: operations["stopModelRun"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/{namespace}/{name}/run/{id}/wakeup": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
                /**
                 * @description Numeric id of the deploy (an inference, fine-tuning instance or serverless deploy), as answered
                 *     by the create call (`deploy_id`).
                 * @example 3187
                 */
                id: components["parameters"]["DeployId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Wake up a sleeping endpoint
         * @description Makes the service call the endpoint of a deploy that scaled to zero (`Sleeping`), so it
         *     starts a replica again. Answers at once; the call is made in the background, so stream
         *     `…/status` until `Running`. Any logged-in user may wake a deploy of the model by id.
         */
        put: operations["wakeupModelRun"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/{namespace}/{name}/run/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
                /**
                 * @description Numeric id of the deploy (an inference, fine-tuning instance or serverless deploy), as answered
                 *     by the create call (`deploy_id`).
                 * @example 3187
                 */
                id: components["parameters"]["DeployId"];
            };
            cookie?: never;
        };
        /**
         * Stream a deploy's state
         * @description Streams the state of one of your deploys of the model (a dedicated endpoint or a
         *     fine-tuning instance) as server-sent events, one reading about every 10 seconds (the
         *     service's `STARHUB_SERVER_MODEL_DEPLOY_STATUS_CHECK_INTERVAL`). A `status` event's data is
         *     a JSON object: `status` (a `DeployStatus` value such as `Deploying` or `Running`),
         *     `details` (the instances, each `{name, status}`, or `null`), `message` and `reason`. When a
         *     reading fails, an `error` event carries the error text instead. The stream does not end on
         *     its own — close it once the state you wait for (usually `Running`) arrives, or on a failure
         *     state (`BuildingFailed`, `DeployFailed`, `RuntimeError`).
         */
        get: operations["streamModelRunStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/{namespace}/{name}/run/{id}/logs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
                /**
                 * @description Numeric id of the deploy (an inference, fine-tuning instance or serverless deploy), as answered
                 *     by the create call (`deploy_id`).
                 * @example 3187
                 */
                id: components["parameters"]["DeployId"];
            };
            cookie?: never;
        };
        /**
         * Stream a dedicated endpoint's logs
         * @description Streams the container logs of one of your deploys of the model as server-sent events: past lines first (from
         *     `since`), then new ones as they are written. Each `Container` event's data is log text; a
         *     `Heartbeat` event with data `keep-alive` comes every 30 seconds. The stream does not end on
         *     its own — close it when done.
         *
         *     Refusals found after the stream headers are prepared (403, 500) carry a JSON body although
         *     their `Content-Type` says `text/event-stream`.
         */
        get: operations["streamModelRunLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/{namespace}/{name}/finetune": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a fine-tuning instance of a model
         * @description Starts an interactive fine-tuning environment for the model (a training web UI on one
         *     replica, served at the deploy's `proxy_endpoint`) for the caller or `owner_namespace`, and
         *     answers its id. The caller needs read access to the model. Datasets and hyperparameters are
         *     chosen in the environment, not here. Not safe to retry: a retried create may start a second
         *     instance. Follow it with `streamModelRunStatus` and read it with `getModelRun`.
         */
        post: operations["createFinetuneInstance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/{namespace}/{name}/finetune/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
                /**
                 * @description Numeric id of the deploy (an inference, fine-tuning instance or serverless deploy), as answered
                 *     by the create call (`deploy_id`).
                 * @example 3187
                 */
                id: components["parameters"]["DeployId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Change a fine-tuning instance
         * @description Changes the settings sent in the body of one of your fine-tuning instances of the model,
         *     typically its hardware (`resource_id`, which also moves it to that resource's cluster). Stop
         *     it first (`stopFinetuneInstance`) and start it again afterwards.
         */
        put: operations["updateFinetuneInstance"];
        post?: never;
        /**
         * Delete a fine-tuning instance
         * @description Removes one of your fine-tuning instances of the model: its containers go and its record is
         *     marked deleted. Work not saved out of the instance is lost.
         */
        delete: operations["deleteFinetuneInstance"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/{namespace}/{name}/finetune/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
                /**
                 * @description Numeric id of the deploy (an inference, fine-tuning instance or serverless deploy), as answered
                 *     by the create call (`deploy_id`).
                 * @example 3187
                 */
                id: components["parameters"]["DeployId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Start a fine-tuning instance
         * @description Starts one of your stopped fine-tuning instances of the model with its saved settings, after
         *     checking balance and free hardware; a running one is refused (`DEPLOY-ERR-1`). Not retried
         *     automatically: a repeated start restarts an instance that is still coming up. Answers once
         *     the start is accepted; stream `…/run/{id}/status` until `Running`.
         */
        put: operations["startFinetuneInstance"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/{namespace}/{name}/finetune/{id}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
                /**
                 * @description Numeric id of the deploy (an inference, fine-tuning instance or serverless deploy), as answered
                 *     by the create call (`deploy_id`).
                 * @example 3187
                 */
                id: components["parameters"]["DeployId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Stop a fine-tuning instance
         * @description Removes the containers of one of your fine-tuning instances of the model and marks it
         *     `Stopped`; its settings are kept for a later start. Billing stops with it.
         */
        put: operations["stopFinetuneInstance"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/{namespace}/{name}/finetune/{id}/logs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
                /**
                 * @description Numeric id of the deploy (an inference, fine-tuning instance or serverless deploy), as answered
                 *     by the create call (`deploy_id`).
                 * @example 3187
                 */
                id: components["parameters"]["DeployId"];
            };
            cookie?: never;
        };
        /**
         * Stream a fine-tuning instance's logs
         * @description Streams the container logs of one of your fine-tuning instances of the model as server-sent events: past lines first (from
         *     `since`), then new ones as they are written. Each `Container` event's data is log text; a
         *     `Heartbeat` event with data `keep-alive` comes every 30 seconds. The stream does not end on
         *     its own — close it when done.
         *
         *     Refusals found after the stream headers are prepared (403, 500) carry a JSON body although
         *     their `Content-Type` says `text/event-stream`.
         */
        get: operations["streamFinetuneInstanceLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/spaces/cuda-versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the CUDA versions spaces can use
         * @description Lists the driver (CUDA) versions of the newest space runtime for a kind of accelerator; pick
         *     one as a space's `driver_version` when creating or updating it. CPU runtimes have no driver
         *     version and answer an empty string. The list is not paged. No token is needed.
         */
        get: operations["listSpaceCudaVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/spaces/{namespace}/{name}/run": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deploy and start a space
         * @description Creates a new deployment of the space from its default branch, on the hardware and cluster
         *     chosen in the space's settings, and answers at once: the image is built and the app started
         *     in the background. Follow the progress with the status stream until `Running`, and the
         *     build and container output with the log stream.
         *
         *     Needs a token whose user can administer the space (its owner or an organization admin). The
         *     space's repository must contain an entry file (such as `app.py`); otherwise the answer is
         *     400 `TASK-ERR-0`. Account and resource checks (balance, resource availability) answer 500
         *     with their error code. Not retried automatically: each call creates a deployment.
         */
        post: operations["runSpace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/spaces/{namespace}/{name}/status": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        /**
         * Stream a space's status
         * @description Follows the state of the space's latest deployment as a server-sent event stream that never
         *     ends by itself: every 10 seconds (the service's default interval) one event `status` whose
         *     data is a `SpaceDeployStatus` value such as `Building` or `Running`, sent even when the state
         *     has not changed. When the state cannot be read, the event is `error` and its data is the
         *     reason. Close the connection once the state you wait for (usually `Running`) or a failure
         *     arrives.
         *
         *     Public spaces can be followed without a token. For a private space the token's user needs
         *     read access: without one the answer is 403, and without a token at all the service answers
         *     500 (`failed to check user permission`).
         */
        get: operations["streamSpaceStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/spaces/{namespace}/{name}/logs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        /**
         * Stream a space's build and container logs
         * @description Follows the logs of the space's latest deployment as a server-sent event stream that never
         *     ends by itself. Each event carries one log line: event `Build` for the image build, event
         *     `Container` for the running app. Every 30 seconds an event `Heartbeat` with data `keep-alive`
         *     keeps the connection open; skip it. The build log starts at the build; `since` moves the start
         *     of the container log.
         *
         *     Public spaces can be followed without a token. For a private space the token's user needs
         *     read access: without one the answer is 403, and without a token at all the service answers
         *     500. A space that has never been deployed answers 500.
         */
        get: operations["streamSpaceLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/spaces/{namespace}/{name}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop a space
         * @description Stops the space's latest deployment: a build in progress is cancelled and the running app is
         *     shut down. The status becomes `Stopped`; start the space again with a new run.
         *
         *     Needs a token whose user can administer the space. Answers 404 when the space has never been
         *     deployed and 400 `TASK-ERR-0` when its repository has no entry file.
         */
        post: operations["stopSpace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/spaces/{namespace}/{name}/wakeup": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Wake a sleeping space
         * @description Wakes a space whose app was scaled to zero after idling (status `Sleeping`) by sending a
         *     request to its endpoint in the background; the status moves back to `Running` once the app
         *     is up. Has no effect on a stopped space, which needs a new run.
         *
         *     The service does not require a token here. Answers 404 when the space has never been
         *     deployed and 400 `TASK-ERR-0` when its repository has no entry file. Safe to repeat.
         */
        post: operations["wakeupSpace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mcps/tools": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List MCP server tools
         * @description Lists the tools offered by the MCP servers the caller can see, newest first, optionally
         *     filtered by a text in the tool's name or description. Without a token only tools of public
         *     MCP servers are listed; with one, also those of private servers in the user's own namespace
         *     and its organizations (all of them for administrators).
         *
         *     The page and its total are inside `data` (`data.data` and `data.total`), not in the
         *     envelope's `total`.
         */
        get: operations["listMcpServerTools"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mcps/{namespace}/{name}/deploys": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deploy an MCP server as a space
         * @description Copies the MCP server repository `namespace/name` into a new space (sdk `mcp_server`) owned
         *     by the body's `namespace`, adds the launch configuration, and answers with the new space.
         *     The commit of those files starts the space's build and deployment in the background; follow
         *     it with the space's status and log streams, using the answered `path`.
         *
         *     Needs a token whose user can read the MCP server, has an email address, and may create
         *     repositories in the target namespace (its own user, or an organization where it can write).
         *     The space name must be free in that namespace. Not retried automatically: each call creates
         *     a space.
         */
        post: operations["deployMcpServer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/datasets/{namespace}/{name}/dataviewer/catalog": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        /**
         * Get a dataset's viewer catalog
         * @description Describes what the dataset viewer can show: the dataset's subsets (configs), the files and
         *     row count of each split, and the state of the background job that converts the dataset to
         *     Parquet. The catalog comes from that job when there is one, otherwise from the `configs` of
         *     the dataset card (`README.md`), otherwise from the Parquet files whose names mark them as
         *     train, test or validation data (subset `default`). Always reads the default branch.
         *
         *     Served by the separate dataset viewer service behind the same host. Needs a token; failures,
         *     including an unknown or unreadable dataset, answer 500 with an error code.
         */
        get: operations["getDatasetViewerCatalog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/datasets/{namespace}/{name}/dataviewer/rows": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        /**
         * List rows of a dataset split
         * @description Returns one page of rows of one split of one subset, as named by the catalog, with the
         *     column names and types. `where` filters and `orderby` sorts the rows; `total` counts the
         *     rows that match. Always reads the default branch.
         *
         *     Served by the separate dataset viewer service behind the same host. Needs a token. A missing
         *     `config` or `split` or a bad `per`/`page` answers 400; every other failure, including an
         *     unknown dataset, a split without Parquet data and a refused `where`, `search` or `orderby`,
         *     answers 500.
         */
        get: operations["listDatasetViewerRows"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/datasets/{namespace}/{name}/viewer/{file_path}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
                /**
                 * @description Path of the file in the repository; `/` separates directories. The file must be a Parquet file
                 *     stored with Git LFS on the default branch.
                 * @example data/train-00000-of-00001.parquet
                 */
                file_path: components["parameters"]["DatasetViewerFilePath"];
            };
            cookie?: never;
        };
        /**
         * Preview rows of a Parquet file
         * @description Returns one page of rows of a single Parquet file of the dataset, with the column names and
         *     types. The file must be stored with Git LFS; it is always read from the default branch. Other
         *     files (CSV, JSON Lines, small files kept in git) answer 500; use the catalog and rows
         *     operations for whole splits.
         *
         *     Served by the separate dataset viewer service behind the same host. Needs a token. A bad
         *     `per` or `page` answers 400; every other failure answers 500.
         */
        get: operations["previewDatasetFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/{repo_type}/{namespace}/{name}/discussions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Kind of repository, plural as in its URL: `models`, `datasets`, `codes`, `spaces`, or
                 *     `mcpserver` for MCP servers (the service strips trailing `s` characters and looks the rest up
                 *     as a repository type, so `mcps` finds nothing).
                 * @example models
                 */
                repo_type: components["parameters"]["DiscussionRepoType"];
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        /**
         * List a repository's discussions
         * @description Returns one page of the discussions opened on a repository (its community tab). Public
         *     repositories can be read without a token; private ones need a token of a user who can read
         *     the repository. Discussions whose author no longer exists are left out of the page.
         */
        get: operations["listDiscussions"];
        put?: never;
        /**
         * Open a discussion on a repository
         * @description Opens a discussion with the given title on a repository the token's user can read. Post
         *     the first message as a comment afterwards (the web UI does both in turn). A title that
         *     fails the sensitive-content check is refused with `SENSITIVE-ERR-0`; an unknown repository
         *     answers 500 with `SYS-ERR-3`. Not safe to retry: a retried request opens a second
         *     discussion.
         */
        post: operations["createDiscussion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/discussions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Discussion id.
                 * @example 87
                 */
                id: components["parameters"]["DiscussionId"];
            };
            cookie?: never;
        };
        /**
         * Get a discussion with its comments
         * @description Returns a discussion and one page of its comments, newest first. Discussions on public
         *     repositories can be read without a token. `page` and `per` page the comments; the number
         *     of comments is in `comments.total`.
         */
        get: operations["getDiscussion"];
        /**
         * Rename a discussion
         * @description Changes the title of a discussion. Only the user who opened it may. An unknown id answers
         *     500 with `SYS-ERR-3`, not 404.
         */
        put: operations["updateDiscussion"];
        post?: never;
        /**
         * Delete a discussion
         * @description Deletes a discussion. Only the user who opened it may. An unknown id answers 500 with
         *     `SYS-ERR-3`, not 404.
         */
        delete: operations["deleteDiscussion"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/discussions/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Discussion id.
                 * @example 87
                 */
                id: components["parameters"]["DiscussionId"];
            };
            cookie?: never;
        };
        /**
         * List a discussion's comments
         * @description Returns one page of a discussion's comments, newest first. Discussions on public
         *     repositories can be read without a token. A comment whose author no longer exists shows
         *     user id `0` and name `deleted user`.
         */
        get: operations["listDiscussionComments"];
        put?: never;
        /**
         * Comment in a discussion
         * @description Posts a comment in a discussion on a repository the token's user can read, and notifies
         *     the discussion's author. Content that fails the sensitive-content check is refused with
         *     `SENSITIVE-ERR-0`; an unknown discussion answers 500 with `SYS-ERR-3`. Not safe to retry:
         *     a retried request posts the comment twice.
         */
        post: operations["createDiscussionComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/discussions/{id}/comments/{comment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Id of the comment to change. The service reads the comment id from this segment (not the
                 *     discussion id, despite the route's shape); send the comment's id here and in
                 *     `{comment_id}`.
                 * @example 305
                 */
                id: number;
                /**
                 * @description Comment id. The service does not read this segment: it takes the comment to change from
                 *     `{id}`. Send the comment's id in both segments.
                 * @example 305
                 */
                comment_id: components["parameters"]["CommentId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Edit a comment
         * @description Replaces the text of a comment. Only its author may. The service identifies the comment by
         *     the `{id}` segment, so put the comment's id in both segments. An unknown comment answers
         *     500 with `SYS-ERR-3`, not 404.
         */
        put: operations["updateDiscussionComment"];
        post?: never;
        /**
         * Delete a comment
         * @description Deletes a comment. Only its author may. The service identifies the comment by the `{id}`
         *     segment, so put the comment's id in both segments. An unknown comment answers 500 with
         *     `SYS-ERR-3`, not 404.
         */
        delete: operations["deleteDiscussionComment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tags
         * @description Returns the tags that classify repositories and organizations, newest first, optionally
         *     filtered. Works without a token. Paging follows `page` and `per` (at most 100; 50 when
         *     absent), except that a request with a `scope` filter and no `per` returns every matching
         *     tag at once, as the home page does. `show_name` holds the display name translated for the
         *     request's `Accept-Language`.
         */
        get: operations["listTags"];
        put?: never;
        /**
         * Create a tag
         * @description Creates a tag. Administrators only. The answer carries only `data` (no `msg`). A name that
         *     fails the sensitive-content check, or one already used in the same category and scope,
         *     answers 500; so does a retry after a create that went through.
         */
        post: operations["createTag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tags/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Tag id.
                 * @example 12
                 */
                id: components["parameters"]["TagId"];
            };
            cookie?: never;
        };
        /**
         * Get a tag
         * @description Returns one tag. Administrators only. The answer carries only `data` (no `msg`), and
         *     `show_name` is the stored (deprecated) display name, not a translation. An unknown id
         *     answers 500, not 404.
         */
        get: operations["getTag"];
        /**
         * Update a tag
         * @description Overwrites a tag with the given fields. Administrators only. Every column is written, so
         *     send the whole tag. The answer echoes what was written, in `data` without `msg`;
         *     `created_at` in it is not read back and shows the zero time. An unknown id changes
         *     nothing and still answers 200.
         */
        put: operations["updateTag"];
        post?: never;
        /**
         * Delete a tag
         * @description Deletes a tag and removes it from every repository that carries it. Administrators only.
         *     The answer body is the JSON literal `null`. An unknown id changes nothing and still answers
         *     200.
         */
        delete: operations["deleteTag"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tags/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tag categories
         * @description Returns every tag category of every scope, such as `task`, `framework` or `license` for
         *     models. Works without a token. `show_name` is translated for the request's
         *     `Accept-Language`. Not paged.
         */
        get: operations["listTagCategories"];
        put?: never;
        /**
         * Create a tag category
         * @description Creates a tag category. Administrators only. The answer carries only `data` (no `msg`). A
         *     name already used in the same scope answers 500; so does a retry after a create that went
         *     through.
         */
        post: operations["createTagCategory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tags/categories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Tag category id.
                 * @example 3
                 */
                id: components["parameters"]["TagCategoryId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Update a tag category
         * @description Overwrites a tag category with the given fields. Administrators only. Every column is
         *     written, so send the whole category. The answer echoes what was written, in `data` without
         *     `msg`. An unknown id changes nothing and still answers 200.
         */
        put: operations["updateTagCategory"];
        post?: never;
        /**
         * Delete a tag category
         * @description Deletes a tag category. Administrators only. Tags that name the category are kept. The
         *     answer body is the JSON literal `null`. An unknown id changes nothing and still answers
         *     200.
         */
        delete: operations["deleteTagCategory"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/runtime_framework": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List runtime frameworks
         * @description Returns the runtime frameworks (engine images) registered on the platform, enabled or not,
         *     optionally only those for one use. The answer carries only `data` (no `msg` and no
         *     `total`); the list is not paged.
         */
        get: operations["listRuntimeFrameworks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/runtime_framework/models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List models the runtime frameworks can run
         * @description Returns one page of the models, public or owned by the token's user, whose architecture
         *     some runtime framework of the given use supports: the models that can be deployed for
         *     inference, fine-tuned or evaluated on the platform. The answer carries `data` and `total`
         *     but no `msg`.
         */
        get: operations["listRuntimeFrameworkModels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/runtime_framework/{id}/models": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Runtime framework id.
                 * @example 6
                 */
                id: components["parameters"]["RuntimeFrameworkId"];
            };
            cookie?: never;
        };
        /**
         * List models for a runtime framework
         * @description Returns one page of the models, public or owned by the token's user, that can be deployed
         *     for inference. The answer carries `data` and `total` but no `msg`. The service currently
         *     ignores both the framework id and `deploy_type` here and always answers the inference
         *     list; use `GET /api/v1/runtime_framework/models` to choose the use.
         */
        get: operations["listModelsByRuntimeFramework"];
        /**
         * Attach models to a runtime framework
         * @description Lets the given models run on a runtime framework for one use (`deploy_type`, inference by
         *     default), and tags them with the framework and their resource family. Administrators
         *     only. Models already attached are left as they are, so the call can be repeated. `data`
         *     lists the paths that could not be attached; `null` when all were.
         */
        put: operations["addRuntimeFrameworkModels"];
        post?: never;
        /**
         * Detach models from a runtime framework
         * @description Stops the given models from running on a runtime framework for one use (`deploy_type`,
         *     inference by default). Administrators only. The body names the models, as for attaching.
         *     `data` lists the paths that could not be detached; `null` when all were.
         */
        delete: operations["removeRuntimeFrameworkModels"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cluster": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List clusters
         * @description Returns the enabled, available clusters that deploys, fine-tunes and evaluations can be
         *     placed on — by default only those with at least one hardware offer; `scope=all` adds the
         *     ones without. Each entry carries the cluster's identity, not its resource totals (see
         *     `GET /api/v1/cluster/{id}`). Not paged.
         */
        get: operations["listClusters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cluster/public": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the clusters' regions and accelerators
         * @description Returns what the enabled, available clusters offer — their regions, the accelerator vendors
         *     and one entry per node with accelerators — without internal details. Works without a
         *     token. `scope=all` includes clusters that have no hardware offer yet.
         */
        get: operations["getPublicClusterSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cluster/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the clusters' resource usage
         * @description Returns every enabled cluster with its resource totals and how much is allocated, summed
         *     over its nodes. Administrators only. Not paged.
         */
        get: operations["listClusterUsages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cluster/deploys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List deploys on the clusters
         * @description Returns one page of the space apps, inference endpoints and fine-tuning instances on all
         *     clusters, newest first, with their billed time and cost. Administrators only. Deleted
         *     deploys are left out, and so are deploys whose user no longer exists (the page may then
         *     hold fewer than `per` items while `total` still counts them).
         */
        get: operations["listClusterDeploys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cluster/deploys_report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the deploys report as CSV
         * @description Streams every space app, inference endpoint and fine-tuning instance on all clusters as a
         *     CSV file (`deploys_report.csv`, UTF-8, comma-separated, one header row) that Excel opens.
         *     Administrators only. Columns: `ClusterID`, `ClusterRegion`, `DeployName`, `Username`,
         *     `Resource` (hardware as JSON), `CreateTime` (`YYYY-MM-DD HH:MM:SS`, server local time),
         *     `Status`, `TotalTimeInMin` (billed minutes) and `TotalFeeInCents`. `start_time` and
         *     `end_time` go together; one without the other, or a malformed one, answers 400. A failure
         *     after the first rows have been sent cannot change the status any more and ends the file
         *     early.
         */
        get: operations["downloadClusterDeploysReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cluster/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Cluster id (the `cluster_id` of the cluster list).
                 * @example 8f6a4b0e-2d47-4c8e-9a51-3f1d7b2c6e90
                 */
                id: components["parameters"]["ClusterId"];
            };
            cookie?: never;
        };
        /**
         * Get a cluster with its nodes
         * @description Returns one cluster with its resource totals and its nodes, each with capacity, free
         *     resources and the workloads running on it, as the cluster's runner reports them. An
         *     unknown id answers 500, not 404.
         */
        get: operations["getCluster"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/cluster/deploys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query deploy records on the clusters
         * @description Returns one page of raw deploy records on all clusters, filtered by cluster, node, state,
         *     hardware offer, text or creation time. Administrators only.
         *     Available on the enterprise and SaaS editions (such as hub.opencsg.com); the open-source
         *     server does not register this route and answers 404.
         */
        get: operations["listAdminClusterDeploys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/cluster/nodes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List cluster nodes
         * @description Returns every node of every cluster with its hardware, the workloads running on it, its
         *     region and whether it is reserved for a namespace. Administrators only. Not paged.
         *     Available on the enterprise and SaaS editions (such as hub.opencsg.com); the open-source
         *     server does not register this route and answers 404.
         */
        get: operations["listClusterNodes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/cluster/nodes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Node id (the `id` of the node list).
                 * @example 12
                 */
                id: components["parameters"]["ClusterNodeId"];
            };
            cookie?: never;
        };
        /**
         * Get a cluster node
         * @description Returns one node with its hardware, the workloads running on it, its region and whether it
         *     is reserved for a namespace. Administrators only.
         *     Available on the enterprise and SaaS editions (such as hub.opencsg.com); the open-source
         *     server does not register this route and answers 404.
         */
        get: operations["getClusterNode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/cluster/nodes/{id}/{namespace}/set_access_mode": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Node id (the `id` of the node list).
                 * @example 12
                 */
                id: components["parameters"]["ClusterNodeId"];
                /**
                 * @description User or organization the node is reserved for (or released from).
                 * @example OpenCSG
                 */
                namespace: string;
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Reserve a node for a namespace or share it
         * @description Reserves a node for one user or organization (`exclusive: true`), so that only its
         *     workloads are scheduled there, or returns it to the shared pool (`exclusive: false`).
         *     Administrators only. Repeating the call leaves the node as it is.
         *     Available on the enterprise and SaaS editions (such as hub.opencsg.com); the open-source
         *     server does not register this route and answers 404.
         */
        put: operations["setClusterNodeAccessMode"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/cluster/nodes/{id}/vxpu/enable": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Node id (the `id` of the node list).
                 * @example 12
                 */
                id: components["parameters"]["ClusterNodeId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Switch on vXPU sharing on a node
         * @description Switches on vXPU sharing on a node, so that several workloads can share each of its accelerators in slices. Administrators only. No request body; the answer is the node as changed.
         *     Repeating the call leaves the node as it is.
         *     Available on the enterprise and SaaS editions (such as hub.opencsg.com); the open-source
         *     server does not register this route and answers 404.
         */
        put: operations["enableClusterNodeVxpu"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/cluster/nodes/{id}/vxpu/disable": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Node id (the `id` of the node list).
                 * @example 12
                 */
                id: components["parameters"]["ClusterNodeId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Switch off vXPU sharing on a node
         * @description Switches off vXPU sharing on a node, so that each accelerator again goes to one workload whole. Administrators only. No request body; the answer is the node as changed.
         *     Repeating the call leaves the node as it is.
         *     Available on the enterprise and SaaS editions (such as hub.opencsg.com); the open-source
         *     server does not register this route and answers 404.
         */
        put: operations["disableClusterNodeVxpu"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/cluster/workflows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query workflow jobs on the clusters
         * @description Returns one page of workflow jobs (evaluations, fine-tuning jobs, dataflow jobs) on all
         *     clusters, filtered by cluster, node, phase, hardware offer, text or creation time.
         *     Administrators only.
         *     Available on the enterprise and SaaS editions (such as hub.opencsg.com); the open-source
         *     server does not register this route and answers 404.
         */
        get: operations["listClusterWorkflows"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a model evaluation
         * @description Submits an evaluation job: the runtime framework (an enabled evaluation engine, see
         *     `GET /api/v1/runtime_framework?deploy_type=4`) runs on the chosen hardware offer and scores
         *     the models on the datasets. The job belongs to, and is billed to, `owner_namespace` (the
         *     caller by default), where the caller needs write access. Poll
         *     `GET /api/v1/evaluations/{id}` until its status is `Succeeded`, `Failed` or `Error`.
         *     Validation failures beyond the request's shape — unknown framework, model or dataset, a
         *     missing `resource_id`, no permission on the namespace, too little balance — answer 500
         *     with the reason in `msg`. Not safe to retry: a retried request submits a second job.
         */
        post: operations["createEvaluation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Evaluation id.
                 * @example 318
                 */
                id: components["parameters"]["EvaluationId"];
            };
            cookie?: never;
        };
        /**
         * Get an evaluation
         * @description Returns an evaluation job with its state and the datasets it ran on. Once it has
         *     `Succeeded`, `result_url` points at the score summary and `download_url` at the full
         *     results; claw-eval jobs also carry `summary`. Readable by the owner and by members of the
         *     owning organization. An unknown id answers 500, not 404; a workflow job that is not an
         *     evaluation answers 403.
         */
        get: operations["getEvaluation"];
        put?: never;
        post?: never;
        /**
         * Delete an evaluation
         * @description Deletes an evaluation job and stops its workflow if it still runs. The owner, or a member
         *     with write access to the owning organization, may. An unknown id answers 500, not 404.
         */
        delete: operations["deleteEvaluation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chat/completions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a chat completion
         * @description Sends a conversation to a model and returns its answer, in OpenAI's Chat Completions format,
         *     so OpenAI client libraries work against the hub by pointing their base URL at it. Served by
         *     the AI gateway at `/v1/chat/completions` on the host root (not under `/api/v1`).
         *
         *     The gateway looks `model` up among the models of `GET /v1/models`, checks the balance (on
         *     hubs with billing) and the prompt (where moderation is on), then proxies the request to the
         *     model's backend — a serverless or dedicated CSGHub deployment, or an external provider. When a
         *     backend fails before sending anything, the gateway retries on the model's other backends.
         *
         *     With `stream: false` (the default) the answer is one JSON object. With `stream: true` it is a
         *     server-sent event stream (`text/event-stream`): one `data: <chunk JSON>` line per chunk,
         *     separated by blank lines, then a chunk with empty `choices` and the `usage`, and finally
         *     `data: [DONE]`. Errors found after the stream started arrive in-band as a `data:` event
         *     holding an `error` object, still under HTTP 200.
         *
         *     Needs an AI-gateway API key sent as `Authorization: Bearer <key>`. Not safe to retry blindly:
         *     every attempt that reaches the model is billed.
         */
        post: operations["createChatCompletion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/embeddings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create embeddings
         * @description Turns one or more texts into vectors with an embedding model, in OpenAI's Embeddings format.
         *     Served by the AI gateway at `/v1/embeddings` on the host root (not under `/api/v1`).
         *
         *     The gateway checks that `model` and `input` are set, looks the model up among the models of
         *     `GET /v1/models`, checks the balance (on hubs with billing) and proxies the request to the
         *     model's backend, whose answer is returned unchanged. Backend errors are relayed as they are.
         *
         *     Needs an AI-gateway API key sent as `Authorization: Bearer <key>`. Every call is billed by
         *     the tokens read.
         */
        post: operations["createEmbedding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List inference models
         * @description Lists the models the AI gateway can serve to the caller, in OpenAI's model-list format with
         *     CSGHub extras: running serverless deployments, the caller's own and their organisations'
         *     dedicated endpoints (only when a token is sent), and enabled external models. Served by the
         *     AI gateway at `/v1/models` on the host root (not under `/api/v1`).
         *
         *     Filters combine with AND. Without `per` and `page` every matching model is returned at once;
         *     paging needs both. Each listed model carries `availability`, judged from its backends' health.
         *     Works without a token; with one, send `Authorization: Bearer <token>`.
         */
        get: operations["listInferenceModels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/models/{model}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an inference model
         * @description Returns one model the AI gateway can serve, by the id `GET /v1/models` lists. Served by the
         *     AI gateway at `/v1/models/{model}` on the host root (not under `/api/v1`). The gateway routes
         *     everything after `/v1/models/` to this operation, so ids containing `/` work sent as-is or
         *     with the `/` percent-encoded as `%2F`. An unknown id is answered with 400 `model_not_found`,
         *     not 404. Dedicated endpoints are found only with their owner's token. The single model does
         *     not carry `availability`.
         *
         *     Works without a token; with one, send `Authorization: Bearer <token>`.
         */
        get: operations["getInferenceModel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/mcp/resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List recommended MCP resources
         * @description Lists the MCP servers the hub recommends to agents, newest first, with the URL, transport and
         *     headers needed to connect. Served by the AI gateway at `/v1/mcp/resources` on the host root
         *     (not under `/api/v1`). The answer is `{data, total}` without CSGHub's `msg`.
         *
         *     Works without a token; with one, send `Authorization: Bearer <token>`.
         */
        get: operations["listMcpResources"];
        put?: never;
        post?: never;
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
         * @description The JSON envelope of every CSGHub answer under `/api/v1`. Success answers carry `msg: OK` and
         *     the payload in `data`; lists add `total`, the number of items over all pages. Error answers
         *     (HTTP 4xx/5xx) carry `msg`, and a stable `code` when the service classified the failure.
         */
        Envelope: {
            /**
             * @description `OK` on success; otherwise a human-readable reason.
             * @example OK
             */
            msg: string;
            /** @description The payload; absent or `null` when there is none. */
            data?: unknown;
            /**
             * @description Number of items over all pages, on paged lists.
             * @example 42
             */
            total?: number;
            /**
             * @description Stable error code such as `REPO-ERR-3` (module, then a number), on some errors only.
             * @example REPO-ERR-3
             */
            code?: string;
            /** @description Extra details of an error, such as the name that was not found. */
            context?: {
                [key: string]: unknown;
            };
            /**
             * @description Id of the request in the service's traces, when tracing is on.
             * @example 4bf92f3577b34da6a3ce929d0e0e4736
             */
            trace_id?: string;
        };
        /** @description How to clone a repository with git. */
        CloneUrls: {
            /**
             * @description Clone URL over HTTPS.
             * @example https://hub.opencsg.com/models/OpenCSG/csg-wukong-1B.git
             */
            http_clone_url?: string;
            /**
             * @description Clone URL over SSH.
             * @example git@hub.opencsg.com:models/OpenCSG/csg-wukong-1B.git
             */
            ssh_clone_url?: string;
        };
        /** @description The user who created a repository or wrote a comment. */
        RepoOwner: {
            /**
             * @description User id.
             * @example 1024
             */
            id?: number;
            /**
             * @description Unique user name.
             * @example wanghh2000
             */
            username?: string;
            /**
             * @description Display name.
             * @example Wang Hui
             */
            nickname?: string;
            /**
             * @description URL of the avatar image.
             * @example https://cdn.opencsg.com/avatars/wanghh2000.png
             */
            avatar?: string;
            /**
             * @description Email address, when visible to the caller.
             * @example wanghh2000@opencsg.com
             */
            email?: string;
            /**
             * Format: date-time
             * @description When the account was created.
             * @example 2023-11-02T09:15:00Z
             */
            created_at?: string;
        };
        /** @description A tag attached to a repository (task, framework, license, language, …). */
        RepoTag: {
            /**
             * @description Tag id.
             * @example 12
             */
            id?: number;
            /**
             * @description Tag name, unique within its category.
             * @example text-generation
             */
            name?: string;
            /**
             * @description What the tag classifies, such as `task`, `framework`, `license` or `language`.
             * @example task
             */
            category?: string;
            /**
             * @description Group within the category, such as `natural_language_processing`.
             * @example natural_language_processing
             */
            group?: string;
            /**
             * @description Repository kind the tag applies to, such as `model` or `dataset`.
             * @example model
             */
            scope?: string;
            /**
             * @description Whether the tag is predefined by the platform.
             * @example true
             */
            built_in?: boolean;
            /**
             * @description Display name.
             * @example Text Generation
             */
            show_name?: string;
            /**
             * @description Translation key of the display name.
             * @example text-generation
             */
            i18n_key?: string;
            /**
             * Format: date-time
             * @description When the tag was created.
             * @example 2024-03-01T08:00:00Z
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When the tag was last changed.
             * @example 2024-03-01T08:00:00Z
             */
            updated_at?: string;
        };
        /**
         * @description Where a repository comes from: `local` was created on this hub, `opencsg` is synced from
         *     OpenCSG's public hub, `huggingface` is mirrored from Hugging Face. Empty on the answers to
         *     creating or updating a space.
         * @example local
         * @enum {string}
         */
        RepoSource: "" | "local" | "opencsg" | "huggingface";
        /**
         * @description State of the multi-source sync of a repository pulled from another hub; empty for repositories
         *     that are not synced.
         * @example completed
         * @enum {string}
         */
        RepoSyncStatus: "" | "pending" | "inprogress" | "failed" | "completed" | "canceled";
        /**
         * @description The user or organization a repository belongs to. The service sends these keys capitalised
         *     (its type has no JSON names), and `null` in list, create and update answers.
         */
        Namespace: {
            /**
             * @description User name or organization name.
             * @example OpenCSG
             */
            Path?: string;
            /**
             * @description Kind of owner, `user` for people or an organization category such as `company`.
             * @example company
             */
            Type?: string;
            /**
             * @description URL of the avatar image.
             * @example https://cdn.opencsg.com/avatars/opencsg.png
             */
            Avatar?: string;
            /**
             * @description Unique id of the user or organization.
             * @example 5f0b7d3e-6a3c-4d8e-9a51-1c2d3e4f5a6b
             */
            UUID?: string;
            /**
             * @description `user` or `organization`.
             * @example organization
             */
            NSType?: string;
            User?: components["schemas"]["RepoOwner"];
        } | null;
        /** @description One weighted popularity score the hub computed for a repository. */
        RepoScore: {
            /**
             * @description Name of the weighting.
             * @example total
             * @enum {string}
             */
            weight_name?: "total" | "freshness" | "downloads" | "quality" | "op";
            /**
             * @description Score under that weighting; `total` orders the list under `sort=trending`.
             * @example 87.5
             */
            score?: number;
        };
        /**
         * @description State of the latest mirror task of a mirrored repository: `queued`, then `running` (git
         *     data), `repo_synced`, `lfs_start` (large files) and finally `finished`; `repo_failed`,
         *     `repo_fatal`, `failed`, `fatal`, `incomplete`, `too_large` and `cancelled` are end states
         *     that need attention. Empty when the repository is not a mirror.
         * @example finished
         * @enum {string}
         */
        RepoMirrorTaskStatus: "" | "queued" | "running" | "repo_failed" | "repo_synced" | "repo_fatal" | "lfs_start" | "failed" | "finished" | "fatal" | "incomplete" | "too_large" | "cancelled";
        /**
         * @description Fields every model, dataset, code repository and MCP server carries. Detail answers fill
         *     them all; list answers may leave some at their zero value (empty string, `false`, `0`).
         */
        RepoCommon: {
            /**
             * @description Id of the kind-specific record (model, dataset, code or MCP server), not of the git repository.
             * @example 1187
             */
            id?: number;
            /**
             * @description Repository name within its namespace.
             * @example csg-wukong-1B
             */
            name?: string;
            /**
             * @description Display name; the name when none was set.
             * @example CSG Wukong 1B
             */
            nickname?: string;
            /**
             * @description Free-text description.
             * @example A 1B-parameter bilingual language model pre-trained by OpenCSG.
             */
            description?: string;
            /**
             * @description Number of users who liked the repository.
             * @example 128
             */
            likes?: number;
            /**
             * @description Number of downloads counted by the hub.
             * @example 25630
             */
            downloads?: number;
            /**
             * @description Full path, `<namespace>/<name>`.
             * @example OpenCSG/csg-wukong-1B
             */
            path?: string;
            /**
             * @description Id of the underlying git repository.
             * @example 4521
             */
            repository_id?: number;
            repository?: components["schemas"]["CloneUrls"];
            /**
             * @description Whether only the owner and members of the owning organization can see it.
             * @example false
             */
            private?: boolean;
            user?: components["schemas"]["RepoOwner"];
            /** @description Tags attached to the repository; `null` or absent when there are none. */
            tags?: components["schemas"]["RepoTag"][] | null;
            /**
             * @description README text kept by the hub, used for repositories synced from another hub; usually empty (read `README.md` with the blob operation instead).
             * @example
             */
            readme?: string;
            /**
             * @description Branch used when no `ref` is given.
             * @example main
             */
            default_branch?: string;
            /**
             * Format: date-time
             * @description When the repository was created.
             * @example 2024-04-12T06:31:08Z
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When the repository's files or settings last changed.
             * @example 2024-09-03T11:02:45Z
             */
            updated_at?: string;
            /**
             * @description Whether the token's user liked it; `false` without a token.
             * @example false
             */
            user_likes?: boolean;
            source?: components["schemas"]["RepoSource"];
            sync_status?: components["schemas"]["RepoSyncStatus"];
            /**
             * @description License identifier.
             * @example apache-2.0
             */
            license?: string;
            /**
             * @description Whether the token's user may push to it; `false` without a token.
             * @example false
             */
            can_write?: boolean;
            /**
             * @description Whether the token's user may change its settings or delete it; `false` without a token.
             * @example false
             */
            can_manage?: boolean;
            /** @description The owning user or organization, filled on detail answers; `null` on list, create and update answers. */
            namespace?: components["schemas"]["Namespace"] | null;
            /**
             * @description Result of the content-safety check (`Pass`, `Pending`, `Fail`, `Skip` or `Exception`); filled on detail answers for users who can manage the repository, empty otherwise.
             * @example Pass
             */
            sensitive_check_status?: string;
            /**
             * @description Operator-set ranking weight; present only when `need_op_weight=true` was asked and a weight exists.
             * @example 10
             */
            recom_op_weight?: number;
            /** @description Popularity scores by weighting, filled on detail answers when `need_multi_sync=true` was asked; `null` otherwise. */
            scores?: components["schemas"]["RepoScore"][] | null;
            mirror_task_status?: components["schemas"]["RepoMirrorTaskStatus"];
            /**
             * @description Path of the same repository on Hugging Face, when known.
             * @example
             */
            hf_path?: string;
            /**
             * @description Path of the same repository on ModelScope, when known.
             * @example
             */
            ms_path?: string;
            /**
             * @description Path of the same repository on OpenCSG's public hub, when known.
             * @example OpenCSG/csg-wukong-1B
             */
            csg_path?: string;
        };
        /** @description Facts the hub read from a model's files (config and weights). */
        ModelMetadata: {
            /**
             * @description Number of parameters, in billions.
             * @example 1.1
             */
            model_params?: number;
            /**
             * @description Data type of the weights.
             * @example BF16
             */
            tensor_type?: string;
            /**
             * @description Model architecture class from the config.
             * @example LlamaForCausalLM
             */
            architecture?: string;
            /**
             * @description Least GPU memory needed for inference, in GB.
             * @example 3.2
             */
            mini_gpu_memory_gb?: number;
            /**
             * @description Least GPU memory needed for fine-tuning, in GB.
             * @example 12.8
             */
            mini_gpu_finetune_gb?: number;
            /**
             * @description Model type from the config.
             * @example llama
             */
            model_type?: string;
            /**
             * @description Loader class name, when the hub could tell.
             * @example
             */
            class_name?: string;
        };
        /**
         * @description State of the repository's migration to Xnet storage (content-defined chunking of large
         *     files); empty when no migration was started.
         * @example completed
         * @enum {string}
         */
        RepoXnetMigrationStatus: "" | "pending" | "running" | "completed" | "failed";
        /**
         * @description A model repository: the common repository fields plus inference, fine-tuning and
         *     evaluation availability and facts read from the weights.
         */
        Model: components["schemas"]["RepoCommon"] & {
            /**
             * @description Style of the hub's try-it widget; empty on list answers.
             * @example generation
             * @enum {string}
             */
            widget_type?: "" | "generation" | "chat";
            /**
             * @description Run state of the model; the service currently leaves it empty (read deployments for their state).
             * @example
             */
            status?: string;
            /**
             * @description Whether the model can be deployed for inference.
             * @example true
             */
            enable_inference?: boolean;
            /**
             * @description Whether the model can be fine-tuned.
             * @example true
             */
            enable_finetune?: boolean;
            /**
             * @description Whether the model can be evaluated.
             * @example true
             */
            enable_evaluation?: boolean;
            /**
             * @description Why inference is not available, when it is not.
             * @example
             */
            disable_inference_reason?: string;
            /**
             * @description Why fine-tuning is not available, when it is not.
             * @example
             */
            disable_finetune_reason?: string;
            /**
             * @description Why evaluation is not available, when it is not.
             * @example
             */
            disable_evaluation_reason?: string;
            /**
             * @description Path of the model this one derives from, when declared.
             * @example
             */
            base_model?: string;
            /**
             * Format: date-time
             * @description When the mirror last synced; `0001-01-01T00:00:00Z` when the model is not a mirror.
             * @example 0001-01-01T00:00:00Z
             */
            mirror_last_updated_at?: string;
            metadata?: components["schemas"]["ModelMetadata"];
            /**
             * @description URL of the model's security scan report, when there is one.
             * @example
             */
            report_url?: string;
            /**
             * @description Number of medium-risk findings of the security scan.
             * @example 0
             */
            medium_risk_count?: number;
            /**
             * @description Number of high-risk findings of the security scan.
             * @example 0
             */
            high_risk_count?: number;
            /**
             * @description Web path of the model on the hub, when set.
             * @example OpenCSG/csg-wukong-1B
             */
            url?: string;
            /**
             * @description Whether large files are stored in Xnet storage.
             * @example false
             */
            xnet_enabled?: boolean;
            xnet_migration_status?: components["schemas"]["RepoXnetMigrationStatus"];
            /**
             * @description Progress of the Xnet migration, in percent.
             * @example 0
             */
            xnet_migration_progress?: number;
            /**
             * @description Whether the model's architecture is supported by the hub's inference engines.
             * @example true
             */
            arch_allowed?: boolean;
        };
        /**
         * @description What CSGHub answers on an error status: the envelope's `msg`, and a stable `code` (module
         *     prefix and number, e.g. `AUTH-ERR-0`, `REPO-ERR-3`, `SYS-ERR-1`) when the service classified
         *     the failure.
         */
        ErrorBody: {
            /**
             * @description Human-readable reason of the failure.
             * @example repository not found
             */
            msg: string;
            /**
             * @description Stable error code, `<MODULE>-ERR-<n>`; absent on unclassified errors.
             * @example REPO-ERR-3
             */
            code?: string;
            /** @description Extra details, such as the resource that was not found. */
            context?: {
                [key: string]: unknown;
            };
            /**
             * @description Id of the request in the service's traces, when tracing is on.
             * @example 4bf92f3577b34da6a3ce929d0e0e4736
             */
            trace_id?: string;
        };
        /** @description Fields every repository kind takes when it is created. */
        RepoCreateRequest: {
            /**
             * @description User or organization that will own the repository; the token's user when absent (MCP servers need it). Creating under an organization needs write access to it.
             * @example OpenCSG
             */
            namespace?: string;
            /**
             * @description Repository name: 2 to 64 characters, letters, digits, `-`, `_` and `.`, starting with a
             *     letter, ending with a letter or digit, with no two special characters in a row.
             * @example csg-wukong-1B
             */
            name: string;
            /**
             * @description Display name; the name when absent.
             * @example CSG Wukong 1B
             */
            nickname?: string;
            /**
             * @description Free-text description, under 1000 characters.
             * @example A 1B-parameter bilingual language model pre-trained by OpenCSG.
             */
            description?: string;
            /**
             * @description Whether only the owner and members of the owning organization can see it.
             * @default false
             * @example false
             */
            private?: boolean;
            /**
             * @description License identifier, under 100 characters; written into the generated README.
             * @example apache-2.0
             */
            license?: string;
            /**
             * @description Name of the default branch.
             * @default main
             * @example main
             */
            default_branch?: string;
        };
        /** @description What to send to create a model repository. */
        ModelCreateRequest: components["schemas"]["RepoCreateRequest"] & {
            /**
             * @description Path of the model this one derives from.
             * @example OpenCSG/csg-wukong-1B
             */
            base_model?: string;
            /**
             * @description URL of a security scan report of the weights.
             * @example
             */
            report_url?: string;
            /**
             * @description Number of medium-risk findings in that report.
             * @example 0
             */
            medium_risk_count?: number;
            /**
             * @description Number of high-risk findings in that report.
             * @example 0
             */
            high_risk_count?: number;
        };
        /**
         * @description Repository fields any kind can change. Send only what changes; absent fields keep their
         *     value.
         */
        RepoUpdateRequest: {
            /**
             * @description New display name.
             * @example CSG Wukong 1B
             */
            nickname?: string;
            /**
             * @description New description.
             * @example A 1B-parameter bilingual language model pre-trained by OpenCSG.
             */
            description?: string;
            /**
             * @description New visibility. Only admins may change it on an organization's repository; making a
             *     repository public is refused (`REPO-ERR-8`) until its compliance scan passed.
             * @example false
             */
            private?: boolean;
            /**
             * @description Whether large files go to Xnet storage; only admins may change it (ignored for others).
             * @example false
             */
            xnet_enabled?: boolean;
            /**
             * @description New default branch.
             * @example main
             */
            default_branch?: string;
        };
        /** @description Changes to a model repository. Send only what changes. */
        ModelUpdateRequest: components["schemas"]["RepoUpdateRequest"] & {
            /**
             * @description Path of the model this one derives from; an empty string clears it.
             * @example OpenCSG/csg-wukong-1B
             */
            base_model?: string;
            /**
             * @description URL of a security scan report of the weights.
             * @example
             */
            report_url?: string;
            /**
             * @description Number of medium-risk findings in that report.
             * @example 0
             */
            medium_risk_count?: number;
            /**
             * @description Number of high-risk findings in that report.
             * @example 0
             */
            high_risk_count?: number;
        };
        /** @description A git commit. Dates are RFC 3339 in UTC. */
        RepoCommit: {
            /**
             * @description Commit SHA-1, 40 hex digits.
             * @example 7c1f0b8e2d4a6c9e3f5b1d7a0c2e4f6a8b9d1e3f
             */
            id?: string;
            /**
             * @description Name of the committer.
             * @example wanghh2000
             */
            committer_name?: string;
            /**
             * @description Email of the committer.
             * @example wanghh2000@opencsg.com
             */
            committer_email?: string;
            /**
             * Format: date-time
             * @description When the commit was committed.
             * @example 2024-09-03T11:02:45Z
             */
            committer_date?: string;
            /**
             * Format: date-time
             * @description Same as `committer_date`.
             * @example 2024-09-03T11:02:45Z
             */
            created_at?: string;
            /**
             * @description Subject (first line) of the commit message.
             * @example Upload model.safetensors with git-lfs
             */
            message?: string;
            /**
             * @description Name of the author.
             * @example wanghh2000
             */
            author_name?: string;
            /**
             * @description Email of the author.
             * @example wanghh2000@opencsg.com
             */
            author_email?: string;
            /**
             * Format: date-time
             * @description When the change was authored.
             * @example 2024-09-03T11:02:45Z
             */
            authored_date?: string;
        };
        /**
         * @description A file or directory of a repository at some ref. Large files stored with git LFS have
         *     `lfs: true`, their real `size`, and `lfs_sha256`/`lfs_relative_path`, which the download
         *     operation takes with `lfs=true`.
         */
        RepoFile: {
            /**
             * @description Base name of the entry.
             * @example config.json
             */
            name?: string;
            /**
             * @description `file` or `dir`.
             * @example file
             * @enum {string}
             */
            type?: "file" | "dir";
            /**
             * @description Size in bytes; for LFS files, the size of the real content, not of the pointer.
             * @example 39
             */
            size?: number;
            commit?: components["schemas"]["RepoCommit"];
            /**
             * @description Path from the repository root, `/`-separated.
             * @example config.json
             */
            path?: string;
            /**
             * @description Git file mode as a decimal number, such as `33188` (0100644, a regular file) or `16384` (040000, a directory).
             * @example 33188
             */
            mode?: string;
            /**
             * @description Git object id of the entry.
             * @example 3a52ce780950d4d969792a2559cd519d7ee8c727
             */
            sha?: string;
            /**
             * @description URL to browse the file on the hub, when known.
             * @example
             */
            url?: string;
            /**
             * @description File content, base64-encoded; filled by the blob operation only, and left empty when
             *     the file is too large to preview (`preview_code: 1`). For an LFS file it is the pointer.
             * @example eyJhcmNoaXRlY3R1cmVzIjogWyJMbGFtYUZvckNhdXNhbExNIl19
             */
            content?: string;
            /**
             * @description Whether the content is stored with git LFS.
             * @example false
             */
            lfs?: boolean;
            /**
             * @description SHA-256 of the LFS content (the LFS object id); empty for other files.
             * @example
             */
            lfs_sha256?: string;
            /**
             * @description Size of the LFS pointer file in git, in bytes; 0 for other files.
             * @example 0
             */
            lfs_pointer_size?: number;
            /**
             * @description Path of the LFS object in storage, `<aa>/<bb>/<rest of the SHA-256>`; empty for other files.
             * @example
             */
            lfs_relative_path?: string;
            /**
             * @description Id of the last commit that changed the entry.
             * @example 7c1f0b8e2d4a6c9e3f5b1d7a0c2e4f6a8b9d1e3f
             */
            last_commit_sha?: string;
            /**
             * @description Whether the hub can preview the file: absent or 0 yes, 1 too large (no `content`), 2 not
             *     text. Filled by the blob operation.
             * @example 0
             * @enum {integer}
             */
            preview_code?: 0 | 1 | 2;
            /**
             * @description Whether the file is stored in Xnet storage.
             * @example false
             */
            xnet_enabled?: boolean;
        };
        /**
         * @description One page of a branch's commits, newest first. The count and page total travel inside `data`
         *     here, not in the envelope.
         */
        RepoCommitPage: {
            /** @description The commits of this page; empty past the last page. */
            commits?: components["schemas"]["RepoCommit"][];
            /**
             * @description Number of commits on the ref over all pages.
             * @example 12
             */
            total?: number;
            /**
             * @description Number of pages at the requested `per`.
             * @example 1
             */
            page_count?: number;
        };
        /** @description A branch of a repository. */
        RepoBranch: {
            /**
             * @description Branch name.
             * @example main
             */
            name?: string;
            /**
             * @description Message of the branch's head commit.
             * @example Upload model.safetensors with git-lfs
             */
            message?: string;
            /** @description The branch's head commit. */
            commit?: {
                /**
                 * @description Commit SHA-1, 40 hex digits.
                 * @example 7c1f0b8e2d4a6c9e3f5b1d7a0c2e4f6a8b9d1e3f
                 */
                id?: string;
            };
        };
        /**
         * @description A dataset repository: the common repository fields plus marketplace details (paid datasets
         *     and their listing state).
         */
        Dataset: components["schemas"]["RepoCommon"] & {
            /**
             * Format: date-time
             * @description When the mirror last synced; `0001-01-01T00:00:00Z` when the dataset is not a mirror.
             * @example 0001-01-01T00:00:00Z
             */
            mirror_last_updated_at?: string;
            /**
             * @description Web path of the dataset on the hub, when set.
             * @example OpenCSG/chinese-fineweb-edu
             */
            url?: string;
            /**
             * @description Whether large files are stored in Xnet storage.
             * @example false
             */
            xnet_enabled?: boolean;
            xnet_migration_status?: components["schemas"]["RepoXnetMigrationStatus"];
            /**
             * @description Progress of the Xnet migration, in percent.
             * @example 0
             */
            xnet_migration_progress?: number;
            /**
             * @description `normal` for a free dataset, `commercial` for one sold on the marketplace.
             * @example normal
             * @enum {string}
             */
            dataset_type?: "" | "normal" | "commercial";
            /**
             * @description Id (the dataset `id`) of the dataset this one is linked to, set when it is made commercial; for a bought copy, the dataset it was bought from; 0 when none.
             * @example 0
             */
            related_dataset_id?: number;
            related_dataset?: components["schemas"]["Dataset"];
            /**
             * @description Price of a commercial dataset, in the hub's billing currency; 0 for free ones.
             * @example 0
             */
            price?: number;
            /**
             * @description Whether this dataset is a copy made when a user bought a commercial dataset.
             * @example false
             */
            forked?: boolean;
            /**
             * @description Whether the dataset can be bought now.
             * @example false
             */
            is_for_sale?: boolean;
            /**
             * @description Whether the token's user bought it; `false` without a token.
             * @example false
             */
            user_purchased?: boolean;
            /**
             * @description State of the token's user's purchase copy task, when one exists.
             * @example
             * @enum {string}
             */
            purchase_task_status?: "" | "pending" | "in_progress" | "completed" | "failed";
            /**
             * @description Marketplace state of the dataset.
             * @example normal
             * @enum {string}
             */
            status?: "" | "normal" | "listed" | "delisted";
        };
        /**
         * @description What to send to create a dataset repository. Hubs configured to forbid public datasets refuse
         *     `private: false` with HTTP 400.
         */
        DatasetCreateRequest: components["schemas"]["RepoCreateRequest"];
        /**
         * @description Changes to a dataset repository. Send only what changes. Making a dataset `commercial` needs
         *     a positive `price` and an existing `related_dataset_id`.
         */
        DatasetUpdateRequest: components["schemas"]["RepoUpdateRequest"] & {
            /**
             * @description `normal` for a free dataset, `commercial` for one sold on the marketplace.
             * @example commercial
             * @enum {string}
             */
            dataset_type?: "normal" | "commercial";
            /**
             * @description Id (the dataset `id`) of the dataset to link this one to; required for `commercial`.
             * @example 2087
             */
            related_dataset_id?: number;
            /**
             * @description Price in the hub's billing currency; must be above 0 for `commercial`.
             * @example 199
             */
            price?: number;
        };
        /** @description A code repository: the common repository fields plus its size. */
        Code: components["schemas"]["RepoCommon"] & {
            /**
             * @description Size of the repository on its default branch, in bytes.
             * @example 1843200
             */
            repo_size?: number;
        };
        /**
         * @description What to send to create a code repository: empty, filled from an uploaded archive
         *     (`code_file`), or imported from another git host (`git_url`, with credentials for private
         *     sources).
         */
        CodeCreateRequest: components["schemas"]["RepoCreateRequest"] & {
            /**
             * @description SHA-256 of a code archive uploaded beforehand through the upload URL operation; its files become the first commit.
             * @example 9f2c4e0b7d1a53e8c6f4b2a19d0e7c5b3a8f6d2e1c0b9a7f5e3d1c2b4a6f8e0d
             */
            code_file?: string;
            /**
             * @description Clone URL of a repository on another git host to import.
             * @example https://github.com/OpenCSGs/csghub-sdk.git
             */
            git_url?: string;
            /**
             * @description User name for a private source repository.
             * @example
             */
            git_username?: string;
            /**
             * @description Password or access token for a private source repository.
             * @example
             */
            git_password?: string;
        };
        /** @description Changes to a code repository. Send only what changes. */
        CodeUpdateRequest: components["schemas"]["RepoUpdateRequest"];
        /**
         * @description A space: an app (Gradio, Streamlit, Nginx, Docker or MCP server) built from its repository
         *     and run on the hub's hardware. Fields marked as owner-only are filled only for users who may
         *     write to the space.
         */
        Space: {
            /**
             * @description Id of the space record, not of the git repository.
             * @example 312
             */
            id?: number;
            /**
             * @description User who created the space; filled on create answers.
             * @example wanghh2000
             */
            username?: string;
            /**
             * @description Repository name within its namespace.
             * @example csg-wukong-chat
             */
            name?: string;
            /**
             * @description Display name; the name when none was set.
             * @example Wukong Chat
             */
            nickname?: string;
            /**
             * @description Free-text description.
             * @example Chat with CSG Wukong 1B in the browser.
             */
            description?: string;
            /**
             * @description Full path, `<namespace>/<name>`.
             * @example OpenCSG/csg-wukong-chat
             */
            path?: string;
            /**
             * @description License identifier.
             * @example apache-2.0
             */
            license?: string;
            /** @description Tags attached to the space; absent when there are none. */
            tags?: components["schemas"]["RepoTag"][];
            user?: components["schemas"]["RepoOwner"];
            repository?: components["schemas"]["CloneUrls"];
            /**
             * @description Branch the space is built from.
             * @example main
             */
            default_branch?: string;
            /**
             * @description Number of users who liked the space; absent when 0.
             * @example 36
             */
            like_count?: number;
            /**
             * @description Whether only the owner and members of the owning organization can see it.
             * @example false
             */
            private?: boolean;
            /**
             * Format: date-time
             * @description When the space was created.
             * @example 2024-05-20T03:14:00Z
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When the space's files or settings last changed.
             * @example 2024-09-12T08:40:19Z
             */
            updated_at?: string;
            /**
             * @description App framework the space runs, such as `gradio`, `streamlit`, `nginx`, `docker` or `mcp_server`.
             * @example gradio
             */
            sdk?: string;
            /**
             * @description Version of the app framework.
             * @example 6.2.0
             */
            sdk_version?: string;
            /**
             * @description CUDA driver version the space's image is built for, on GPU hardware.
             * @example 12.1.0
             */
            driver_version?: string;
            /**
             * @description URL of the cover image shown on the hub.
             * @example https://cdn.opencsg.com/spaces/wukong-chat.png
             */
            cover_image_url?: string;
            /**
             * @description Name of the Docker template the space was created from, for `docker` spaces.
             * @example
             */
            template?: string;
            /**
             * @description Environment variables as a JSON object in a string; owner-only.
             * @example {"MODEL_ID":"OpenCSG/csg-wukong-1B"}
             */
            env?: string;
            /**
             * @description Hardware of the space's resource, a JSON document as text.
             * @example {"cpu":{"type":"Intel","num":"2"},"memory":"4Gi"}
             */
            hardware?: string;
            /**
             * @description Secret variables as a JSON object in a string; owner-only.
             * @example
             */
            secrets?: string;
            /**
             * @description Public variables as a JSON object in a string.
             * @example
             */
            variables?: string;
            /**
             * @description Host (and path) where the running app is served, without a scheme; empty until the space is deployed.
             * @example u-wanghh2000-csg-wukong-chat-12.space.opencsg.com
             */
            endpoint?: string;
            /**
             * @description Run state of the space: `NoAppFile` (or `NoNGINXConf` for `nginx`) until the entry file
             *     is committed; then `Pending`, `Building`, `Deploying`, `Running`; `Sleeping` when idle,
             *     `Stopped`; `BuildingFailed`, `DeployFailed`, `RuntimeError` and `ResourceUnhealthy` on
             *     failure; `Deleted` after its deployment was removed. Empty on create and update answers.
             * @example Running
             * @enum {string}
             */
            status?: "" | "NoAppFile" | "NoNGINXConf" | "Pending" | "Building" | "BuildingFailed" | "Deploying" | "DeployFailed" | "Running" | "RuntimeError" | "Sleeping" | "Stopped" | "Deleted" | "ResourceUnhealthy";
            /**
             * @description Id of the underlying git repository.
             * @example 5120
             */
            repository_id?: number;
            /**
             * @description Whether the token's user liked it.
             * @example false
             */
            user_likes?: boolean;
            source?: components["schemas"]["RepoSource"];
            sync_status?: components["schemas"]["RepoSyncStatus"];
            /**
             * @description Id of the space resource (hardware plan) the space runs on, as text.
             * @example 1
             */
            sku?: string;
            /**
             * @description Name of the space's service in the cluster, once deployed.
             * @example u-wanghh2000-csg-wukong-chat-12
             */
            svc_name?: string;
            /**
             * @description Whether the token's user may push to it.
             * @example false
             */
            can_write?: boolean;
            /**
             * @description Whether the token's user may change its settings or delete it.
             * @example false
             */
            can_manage?: boolean;
            /** @description The owning user or organization, filled on detail answers; `null` on list, create and update answers. */
            namespace?: components["schemas"]["Namespace"] | null;
            /**
             * @description Result of the content-safety check (`Pass`, `Pending`, `Fail`, `Skip`, `Exception`); filled only for managers.
             * @example
             */
            sensitive_check_status?: string;
            /**
             * @description Operator-set ranking weight; present only when `need_op_weight=true` was asked and a weight exists.
             * @example 10
             */
            recom_op_weight?: number;
            /**
             * @description Id of the space's latest deployment, once deployed.
             * @example 2291
             */
            deploy_id?: number;
            /** @description Replicas of the running app. */
            instances?: {
                /**
                 * @description Name of the replica's pod.
                 * @example u-wanghh2000-csg-wukong-chat-12-00001-deployment-7c9d5b7f4-x2k8q
                 */
                name?: string;
                /**
                 * @description State of the replica as the cluster reports it.
                 * @example Running
                 */
                status?: string;
            }[];
            /**
             * @description Id of the cluster the space runs in.
             * @example 3c5d1a2e-9f0b-4a57-8d6e-2b1f0c7e9a14
             */
            cluster_id?: string;
            /**
             * @description Least number of replicas kept running; 0 lets the space sleep when idle. Absent when 0.
             * @example 1
             */
            min_replica?: number;
            /**
             * @description Size of the repository on its default branch, in bytes.
             * @example 40960
             */
            repo_size?: number;
        };
        /**
         * @description What to send to create a space: the repository fields, the app framework and the hardware
         *     plan it runs on.
         */
        SpaceCreateRequest: components["schemas"]["RepoCreateRequest"] & {
            /**
             * @description App framework.
             * @example gradio
             * @enum {string}
             */
            sdk: "gradio" | "streamlit" | "nginx" | "docker" | "mcp_server";
            /**
             * @description Framework version; for `gradio` and `streamlit` the hub's default version when absent.
             * @example 6.2.0
             */
            sdk_version?: string;
            /**
             * @description CUDA driver version, on GPU hardware (see the CUDA versions operation).
             * @example 12.1.0
             */
            driver_version?: string;
            /**
             * @description URL of the cover image shown on the hub.
             * @example https://cdn.opencsg.com/spaces/wukong-chat.png
             */
            cover_image_url?: string;
            /**
             * @description Docker template to start from, for `docker` spaces.
             * @example
             */
            template?: string;
            /**
             * @description Environment variables as a JSON object in a string.
             * @example {"MODEL_ID":"OpenCSG/csg-wukong-1B"}
             */
            env?: string;
            /**
             * @description Secret variables as a JSON object in a string; shown only to writers.
             * @example {"HF_TOKEN":"hf_xxx"}
             */
            secrets?: string;
            /**
             * @description Public variables as a JSON object in a string.
             * @example
             */
            variables?: string;
            /**
             * @description Id of the space resource (hardware plan) to run on; must not be 0.
             * @example 1
             */
            resource_id: number;
            /**
             * @description Id of the cluster to run in.
             * @example 3c5d1a2e-9f0b-4a57-8d6e-2b1f0c7e9a14
             */
            cluster_id: string;
            /**
             * @description Id of a prepaid order to run under, when the hardware is bought by subscription.
             * @example 0
             */
            order_detail_id?: number;
            /**
             * @description Least number of replicas kept running; 0 lets the space sleep when idle.
             * @example 0
             */
            min_replica?: number;
        };
        /**
         * @description Changes to a space. Send only what changes. A new `resource_id` must be a plan the user may
         *     buy; a space on reserved hardware cannot switch plans. The running app is not restarted.
         */
        SpaceUpdateRequest: components["schemas"]["RepoUpdateRequest"] & {
            /**
             * @description App framework.
             * @example gradio
             * @enum {string}
             */
            sdk?: "gradio" | "streamlit" | "nginx" | "docker" | "mcp_server";
            /**
             * @description Framework version.
             * @example 6.2.0
             */
            sdk_version?: string;
            /**
             * @description CUDA driver version, on GPU hardware.
             * @example 12.1.0
             */
            driver_version?: string;
            /**
             * @description URL of the cover image shown on the hub.
             * @example https://cdn.opencsg.com/spaces/wukong-chat.png
             */
            cover_image_url?: string;
            /**
             * @description Docker template, for `docker` spaces.
             * @example
             */
            template?: string;
            /**
             * @description Environment variables as a JSON object in a string.
             * @example {"MODEL_ID":"OpenCSG/csg-wukong-1B"}
             */
            env?: string;
            /**
             * @description Secret variables as a JSON object in a string.
             * @example
             */
            secrets?: string;
            /**
             * @description Public variables as a JSON object in a string.
             * @example
             */
            variables?: string;
            /**
             * @description Id of the space resource (hardware plan) to run on.
             * @example 2
             */
            resource_id?: number;
            /**
             * @description Id of the cluster to run in.
             * @example 3c5d1a2e-9f0b-4a57-8d6e-2b1f0c7e9a14
             */
            cluster_id?: string;
            /**
             * @description Id of a prepaid order to run under.
             * @example 0
             */
            order_detail_id?: number;
            /**
             * @description Least number of replicas kept running; 0 lets the space sleep when idle.
             * @example 1
             */
            min_replica?: number;
        };
        /**
         * @description An MCP (Model Context Protocol) server repository: the common repository fields plus how the
         *     server is configured, built and launched.
         */
        McpServer: components["schemas"]["RepoCommon"] & {
            /**
             * @description Number of tools the server exposes.
             * @example 1
             */
            tools_num?: number;
            /**
             * @description Client configuration of the server, a JSON document as text.
             * @example {"mcpServers":{"fetch":{"command":"uvx","args":["mcp-server-fetch"]}}}
             */
            configuration?: string;
            /**
             * @description Tools, prompts and resources the server declares, a JSON document as text.
             * @example
             */
            schema?: string;
            /**
             * @description Number of stars of the upstream project.
             * @example 52000
             */
            star_num?: number;
            /**
             * @description Path of the upstream project on GitHub, when it comes from there.
             * @example modelcontextprotocol/servers
             */
            github_path?: string;
            /**
             * @description Language the server is written in.
             * @example python
             */
            program_language?: string;
            /**
             * @description Default transport the server runs with.
             * @example stdio
             */
            run_mode?: string;
            /**
             * @description Commands that install the server's dependencies when it is deployed as a space.
             * @example pip install mcp-server-fetch
             */
            install_deps_cmds?: string;
            /**
             * @description Commands that build the server when it is deployed as a space.
             * @example
             */
            build_cmds?: string;
            /**
             * @description Commands that start the server when it is deployed as a space.
             * @example python -m mcp_server_fetch
             */
            launch_cmds?: string;
            /**
             * @description URL of the server's icon.
             * @example https://cdn.opencsg.com/mcp/fetch.png
             */
            avatar_url?: string;
            /**
             * @description Size of the repository on its default branch, in bytes.
             * @example 204800
             */
            repo_size?: number;
        };
        /**
         * @description One page of MCP servers. Unlike the other repository lists, the servers and their count
         *     travel inside `data`, not in the envelope.
         */
        McpServerPage: {
            /** @description The MCP servers of this page. */
            data?: components["schemas"]["McpServer"][];
            /**
             * @description Number of MCP servers matching the filters over all pages.
             * @example 1
             */
            total?: number;
        };
        /** @description What to send to create an MCP server repository. `namespace` is required here. */
        McpServerCreateRequest: components["schemas"]["RepoCreateRequest"] & {
            /**
             * @description Client configuration of the server, a JSON document as text.
             * @example {"mcpServers":{"fetch":{"command":"uvx","args":["mcp-server-fetch"]}}}
             */
            configuration?: string;
        };
        /** @description Changes to an MCP server repository. Send only what changes. */
        McpServerUpdateRequest: components["schemas"]["RepoUpdateRequest"] & {
            /**
             * @description Client configuration of the server, a JSON document as text.
             * @example {"mcpServers":{"fetch":{"command":"uvx","args":["mcp-server-fetch"]}}}
             */
            configuration?: string;
            /**
             * @description Language the server is written in.
             * @example python
             */
            program_language?: string;
            /**
             * @description Default transport the server runs with.
             * @example stdio
             */
            run_mode?: string;
            /**
             * @description Commands that install the server's dependencies when it is deployed as a space.
             * @example pip install mcp-server-fetch
             */
            install_deps_cmds?: string;
            /**
             * @description Commands that build the server when it is deployed as a space.
             * @example
             */
            build_cmds?: string;
            /**
             * @description Commands that start the server when it is deployed as a space.
             * @example python -m mcp_server_fetch
             */
            launch_cmds?: string;
        };
        /**
         * @description A related model, dataset, code or prompt repository, in brief. The service fills only these
         *     fields; it also sends the other keys of its full repository record with zero values.
         */
        ModelRelationRepo: {
            /**
             * @description The repository, `namespace/name`.
             * @example OpenCSG/chinese-fineweb-edu
             */
            path?: string;
            /**
             * @description Repository name within its namespace.
             * @example chinese-fineweb-edu
             */
            name?: string;
            /**
             * @description Display name.
             * @example Chinese FineWeb Edu
             */
            nickname?: string;
            /**
             * @description Short description.
             * @example High-quality Chinese educational web text for pre-training.
             */
            description?: string;
            /**
             * @description Whether the repository is private.
             * @example false
             */
            private?: boolean;
            /**
             * Format: int64
             * @description Number of downloads.
             * @example 15873
             */
            downloads?: number;
            /**
             * Format: int64
             * @description Number of likes; always 0 here.
             * @example 0
             */
            likes?: number;
            /**
             * Format: date-time
             * @description When the repository last changed.
             * @example 2025-02-18T03:12:09Z
             */
            updated_at?: string;
        };
        /**
         * @description A space (AI app) related to the repository. The service sends further keys of its space
         *     record (including the space's `env`, `secrets` and `variables` strings); they are not listed
         *     here.
         */
        ModelRelationSpace: {
            /**
             * @description The space, `namespace/name`.
             * @example OpenCSG/wukong-chat-demo
             */
            path?: string;
            /**
             * @description Space name within its namespace.
             * @example wukong-chat-demo
             */
            name?: string;
            /**
             * @description Short description.
             * @example Chat with csg-wukong-1B in the browser.
             */
            description?: string;
            /**
             * @description License of the space.
             * @example apache-2.0
             */
            license?: string;
            /**
             * @description Whether the space is private.
             * @example false
             */
            private?: boolean;
            /**
             * Format: int64
             * @description Number of likes.
             * @example 12
             */
            like_count?: number;
            /**
             * @description App framework of the space, such as `gradio`, `streamlit`, `nginx` or `docker`.
             * @example gradio
             */
            sdk?: string;
            /**
             * @description Version of the app framework.
             * @example 4.44.1
             */
            sdk_version?: string;
            /**
             * @description Template the space was created from, if any.
             * @example
             */
            template?: string;
            /**
             * @description Hardware of the space, a JSON-encoded hardware specification.
             * @example {"cpu":{"type":"Intel","num":"2"},"memory":"4Gi"}
             */
            hardware?: string;
            /**
             * @description URL of the cover image.
             * @example https://cdn.opencsg.com/spaces/wukong-chat-demo/cover.png
             */
            cover_image_url?: string;
            /**
             * @description State of the space's app, such as `Running`, `Stopped`, `Sleeping` or `NoAppFile`.
             * @example Running
             */
            status?: string;
            /**
             * Format: int64
             * @description Numeric id of the space's repository.
             * @example 5810
             */
            repository_id?: number;
            /** @description Tags of the space. */
            tags?: components["schemas"]["RepoTag"][];
            /**
             * Format: date-time
             * @description When the space was created.
             * @example 2024-11-05T09:30:00Z
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When the space last changed.
             * @example 2025-01-22T14:02:51Z
             */
            updated_at?: string;
        };
        /**
         * @description Repositories related to a repository (through the `datasets`, `base_model` and similar
         *     entries of README metadata), by kind. Kinds with nothing related are left out; a model's
         *     relations list datasets, codes, spaces and prompts, a code repository's list models. Private
         *     repositories the caller cannot read are not listed.
         */
        ModelRelations: {
            /** @description Related models. */
            models?: components["schemas"]["ModelRelationRepo"][];
            /** @description Related datasets. */
            datasets?: components["schemas"]["ModelRelationRepo"][];
            /** @description Related code repositories. */
            codes?: components["schemas"]["ModelRelationRepo"][];
            /** @description Related spaces. */
            spaces?: components["schemas"]["ModelRelationSpace"][];
            /** @description Related prompt repositories. */
            prompts?: components["schemas"]["ModelRelationRepo"][];
        };
        /** @description The complete list of datasets a model is related to. */
        ModelRelationDatasets: {
            /** @description Datasets as `namespace/name`; replaces the model's whole list, `[]` clears it. */
            datasets: string[];
        };
        /** @description One dataset to relate a model to, or to unrelate it from. */
        ModelRelationDataset: {
            /**
             * @description The dataset, `namespace/name`.
             * @example OpenCSG/chinese-fineweb-edu
             */
            dataset: string;
        };
        /**
         * @description A GGUF file of a model, one per quantization: single files, and the first part
         *     (`…-00001-of-…`) of split ones.
         */
        QuantizationFile: {
            /**
             * @description File name.
             * @example csg-wukong-1B-Q4_K_M.gguf
             */
            name?: string;
            /**
             * @description Path of the file in the repository; `/` separates directories.
             * @example gguf/csg-wukong-1B-Q4_K_M.gguf
             */
            path?: string;
            /**
             * @description Always `file`.
             * @example file
             */
            type?: string;
            /**
             * Format: int64
             * @description Size of the file, in bytes (of the stored object for LFS files).
             * @example 668788096
             */
            size?: number;
            /**
             * @description Git file mode, as a decimal string (33188 is `100644`).
             * @example 33188
             */
            mode?: string;
            /**
             * @description Git blob id of the file (of its pointer, for LFS files).
             * @example 9f6d1c1e0b7a4f3e2d5c8b9a0e1f2d3c4b5a6978
             */
            sha?: string;
            /**
             * @description Whether the file is stored with Git LFS.
             * @example true
             */
            lfs?: boolean;
            /**
             * @description SHA-256 of the stored LFS object.
             * @example 3b1f7a9e0c2d4f6a8b0c1d3e5f7a9b1c3d5e7f9a0b2c4d6e8f0a1b3c5d7e9f1a
             */
            lfs_sha256?: string;
            /**
             * @description Size of the LFS pointer file, in bytes.
             * @example 134
             */
            lfs_pointer_size?: number;
            /**
             * @description Location of the LFS object in the object store, relative to the LFS root.
             * @example 3b/1f/7a9e0c2d4f6a8b0c1d3e5f7a9b1c3d5e7f9a0b2c4d6e8f0a1b3c5d7e9f1a
             */
            lfs_relative_path?: string;
            /**
             * @description Always empty here.
             * @example
             */
            url?: string;
            /**
             * @description Always empty here.
             * @example
             */
            content?: string;
            /**
             * @description Always empty here.
             * @example
             */
            last_commit_sha?: string;
            /**
             * @description Always `false` here.
             * @example false
             */
            xnet_enabled?: boolean;
            /** @description Last commit of the file; every field is an empty string here. */
            commit?: {
                /**
                 * @description Commit id; empty here.
                 * @example
                 */
                id?: string;
                /**
                 * @description Committer name; empty here.
                 * @example
                 */
                committer_name?: string;
                /**
                 * @description Committer email; empty here.
                 * @example
                 */
                committer_email?: string;
                /**
                 * @description Commit time; empty here.
                 * @example
                 */
                committer_date?: string;
                /**
                 * @description Creation time; empty here.
                 * @example
                 */
                created_at?: string;
                /**
                 * @description Commit message; empty here.
                 * @example
                 */
                message?: string;
                /**
                 * @description Author name; empty here.
                 * @example
                 */
                author_name?: string;
                /**
                 * @description Author email; empty here.
                 * @example
                 */
                author_email?: string;
                /**
                 * @description Authoring time; empty here.
                 * @example
                 */
                authored_date?: string;
            };
        };
        /**
         * @description Where a deploy is in its lifecycle, simplified from the service's internal status codes. A new
         *     deploy usually moves `Pending` → `Building` → `Deploying` → `Running`; stop moves it to
         *     `Stopped`, and an idle deploy with scale-to-zero goes `Sleeping` until woken. `BuildingFailed`,
         *     `DeployFailed` and `RuntimeError` are failures; `Deleted` is final.
         *
         *     | Value | Meaning |
         *     | --- | --- |
         *     | `Pending` | Accepted, waiting to be scheduled. |
         *     | `Building` | Queued for or preparing the image. |
         *     | `BuildingFailed` | The image could not be prepared. |
         *     | `Deploying` | Starting its containers. |
         *     | `DeployFailed` | The containers could not be started. |
         *     | `Running` | Serving. |
         *     | `RuntimeError` | Was running and crashed. |
         *     | `Sleeping` | Scaled to zero while idle; wakes on demand. |
         *     | `Stopped` | Stopped, or its status could not be read. |
         *     | `Deleted` | Deleted by its owner. |
         *     | `ResourceUnhealthy` | The hardware it runs on is unhealthy. |
         * @example Running
         * @enum {string}
         */
        DeployStatus: "Pending" | "Building" | "BuildingFailed" | "Deploying" | "DeployFailed" | "Running" | "RuntimeError" | "Sleeping" | "Stopped" | "Deleted" | "ResourceUnhealthy";
        /**
         * @description What a deploy is for. Model deploys are `1`, `2` or `3`; the other kinds belong to spaces,
         *     evaluations, notebooks, jobs and sandboxes.
         *
         *     | Value | Kind |
         *     | --- | --- |
         *     | `0` | Space app. |
         *     | `1` | Dedicated inference endpoint. |
         *     | `2` | Fine-tuning instance. |
         *     | `3` | Serverless inference. |
         *     | `4` | Evaluation. |
         *     | `5` | Notebook. |
         *     | `6` | Job. |
         *     | `7` | Sandbox. |
         * @example 1
         * @enum {integer}
         */
        DeployType: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7;
        /** @description One running instance (container group) of a deploy. */
        DeployInstance: {
            /**
             * @description Instance name; pass it as `instance` to the log streams.
             * @example kx8m2b1q0z7c-00001-deployment-7d9f8b6c5-x2x7q
             */
            name?: string;
            /**
             * @description State of the instance as the cluster reports it, such as `Running` or `Pending`.
             * @example Running
             */
            status?: string;
        };
        /** @description Accelerators of one kind (GPU, NPU, …) in a hardware specification. */
        DeployProcessor: {
            /**
             * @description Accelerator model.
             * @example A10
             */
            type?: string;
            /**
             * @description Number of accelerators, as a decimal string.
             * @example 1
             */
            num?: string;
            /**
             * @description Name of the accelerator in the cluster's scheduler.
             * @example nvidia.com/gpu
             */
            resource_name?: string;
            /**
             * @description Node labels the accelerator must carry.
             * @example {
             *       "aliyun.accelerator/nvidia_name": "NVIDIA-A10"
             *     }
             */
            labels?: {
                [key: string]: string;
            };
            /**
             * @description Name of the accelerator-memory resource in the scheduler, for shared accelerators.
             * @example nvidia.com/gpumem
             */
            resource_mem_name?: string;
            /**
             * @description Accelerator memory, in MB, as a decimal string.
             * @example 24576
             */
            mem_size?: string;
        };
        /** @description The CPUs in a hardware specification. */
        DeployCpu: {
            /**
             * @description CPU vendor or model.
             * @example Intel
             */
            type?: string;
            /**
             * @description Number of CPU cores, as a decimal string.
             * @example 8
             */
            num?: string;
            /**
             * @description Node labels the CPU must carry.
             * @example {
             *       "kubernetes.io/arch": "amd64"
             *     }
             */
            labels?: {
                [key: string]: string;
            };
        };
        /**
         * @description A hardware specification: accelerators by kind, CPUs, memory and disk. Only the kinds a resource
         *     has are present.
         */
        DeployHardware: {
            /** @description NVIDIA or AMD GPUs. */
            gpu?: components["schemas"]["DeployProcessor"];
            /** @description Ascend NPUs. */
            npu?: components["schemas"]["DeployProcessor"];
            /** @description Enflame GCUs. */
            gcu?: components["schemas"]["DeployProcessor"];
            /** @description Cambricon MLUs. */
            mlu?: components["schemas"]["DeployProcessor"];
            /** @description Hygon DCUs. */
            dcu?: components["schemas"]["DeployProcessor"];
            /** @description Iluvatar or MetaX GPGPUs. */
            gpgpu?: components["schemas"]["DeployProcessor"];
            /** @description Chipltech TPUs. */
            tpu?: components["schemas"]["DeployProcessor"];
            /** @description CPUs. */
            cpu?: components["schemas"]["DeployCpu"];
            /**
             * @description Memory, in Kubernetes quantity notation.
             * @example 30Gi
             */
            memory?: string;
            /**
             * @description Local disk, in Kubernetes quantity notation.
             * @example 100Gi
             */
            ephemeral_storage?: string;
            /**
             * @description Number of machines one replica spans; above 1 for multi-host inference.
             * @example 1
             */
            replicas?: number;
        };
        /** @description Parallelism and hardware of one role (prefill or decode) of a PD-disaggregated inference. */
        DeployPdRoleConfig: {
            /**
             * @description Tensor-parallel degree across all pods of the role.
             * @example 2
             */
            tp?: number;
            /**
             * @description Expert-parallel degree; 1 for dense models.
             * @example 1
             */
            ep?: number;
            /**
             * @description Data-parallel degree.
             * @example 1
             */
            dp?: number;
            /**
             * @description Accelerators for the role, `tp × dp`; filled in by the service.
             * @example 2
             */
            total_gpus?: number;
            /**
             * @description Pods per group of the role; 0 or 1 puts every accelerator in one pod.
             * @example 1
             */
            pods_size?: number;
            /** @description Hardware given to the role; filled in by the service from the resource. */
            hardware?: components["schemas"]["DeployHardware"];
        };
        /** @description Autoscaling of the prefill and decode groups of a PD-disaggregated inference. */
        DeployPdHpaConfig: {
            /**
             * @description Whether the groups scale automatically; on when the whole object is absent.
             * @example true
             */
            enabled?: boolean;
            /**
             * @description Fewest groups per role; defaults to 1.
             * @example 1
             */
            min_replicas?: number;
            /**
             * @description Most groups per role; defaults to the deploy's `max_replica`, else 2.
             * @example 2
             */
            max_replicas?: number;
            /**
             * @description Average pending requests per decode pod above which it scales up; defaults to 3.
             * @example 3
             */
            queue_threshold?: number;
            /**
             * @description Average running requests per decode pod above which it scales up; defaults to 100.
             * @example 100
             */
            running_threshold?: number;
            /**
             * @description Seconds a threshold must be exceeded before scaling up; defaults to 60.
             * @example 60
             */
            scale_up_cooldown?: number;
            /**
             * @description Seconds after a scale-up during which it does not scale down; defaults to 300.
             * @example 300
             */
            scale_down_cooldown?: number;
        };
        /**
         * @description Prefill-decode (PD) disaggregation: the inference runs separate prefill and decode groups,
         *     each with its own parallelism. Only vLLM and SGLang runtimes support it; the service checks
         *     the layout against the resource's accelerators.
         */
        DeployPdConfig: {
            /**
             * @description Whether the inference runs disaggregated.
             * @example true
             */
            enabled?: boolean;
            /**
             * @description Number of prefill groups; defaults to `min_replica`, else 1.
             * @example 1
             */
            prefill_replicas?: number;
            /**
             * @description Number of decode groups; defaults to `min_replica`, else 1.
             * @example 1
             */
            decode_replicas?: number;
            /** @description Layout of the prefill role; required when `enabled`. */
            prefill?: components["schemas"]["DeployPdRoleConfig"];
            /** @description Layout of the decode role; required when `enabled`. */
            decode?: components["schemas"]["DeployPdRoleConfig"];
            /** @description Autoscaling of the groups. */
            hpa?: components["schemas"]["DeployPdHpaConfig"];
        };
        /**
         * @description A deploy of a model: a dedicated inference endpoint, a fine-tuning instance or a serverless
         *     inference. Fields with no value are left out, so which ones appear depends on the kind and the
         *     call (the model-level serverless read, for instance, hides the endpoints).
         */
        Deploy: {
            /**
             * Format: int64
             * @description Numeric deploy id, used in the deploy's paths.
             * @example 3187
             */
            deploy_id?: number;
            /**
             * @description Name given at creation.
             * @example wukong-chat
             */
            deploy_name?: string;
            /**
             * @description The deployed repository, `namespace/name`.
             * @example OpenCSG/csg-wukong-1B
             */
            model_id?: string;
            /**
             * Format: int64
             * @description Numeric id of the deployed repository.
             * @example 4721
             */
            repository_id?: number;
            /** @description Lifecycle state when the deploy was read. */
            status: components["schemas"]["DeployStatus"];
            /** @description What the deploy is for. */
            type?: components["schemas"]["DeployType"];
            /**
             * @description Service name of the deploy in the cluster; also the first label of its endpoint host.
             * @example kx8m2b1q0z7c
             */
            svc_name?: string;
            /**
             * @description Host (without scheme) that serves the deploy; present only while it runs.
             * @example kx8m2b1q0z7c.space.opencsg.com
             */
            endpoint?: string;
            /**
             * @description Web address of the fine-tuning UI (the endpoint followed by `/proxy/7860/`) on fine-tuning
             *     instances; on the model-level serverless read it is hidden.
             * @example kx8m2b1q0z7c.space.opencsg.com/proxy/7860/
             */
            proxy_endpoint?: string;
            /**
             * @description Whether calling the endpoint needs a token (`secure_level` 2); filled on single-deploy reads only, `false` in lists.
             * @example true
             */
            private: boolean;
            /**
             * @description Who may call the endpoint — `1` anyone, `2` only users with read access to the model.
             * @example 2
             * @enum {integer}
             */
            secure_level?: 1 | 2;
            /**
             * @description Hardware of one replica, a JSON-encoded `DeployHardware` object.
             * @example {"gpu":{"type":"A10","num":"1","resource_name":"nvidia.com/gpu"},"cpu":{"type":"Intel","num":"8"},"memory":"30Gi"}
             */
            hardware?: string;
            /**
             * @description Id of the hardware resource the deploy was created on, as a decimal string.
             * @example 27
             */
            sku?: string;
            /**
             * @description Name of the inference or training runtime.
             * @example VLLM
             */
            runtime_framework?: string;
            /**
             * @description Container image of the runtime.
             * @example opencsghq/vllm:v0.8.5
             */
            image_id?: string;
            /**
             * @description Extra runtime arguments, a JSON-encoded object whose values are strings.
             * @example {"gpu-memory-utilization":"0.9","max-model-len":"4096"}
             */
            engine_args?: string;
            /**
             * @description Environment variables of the containers, a JSON-encoded object of strings.
             * @example {"HF_HUB_OFFLINE":"1"}
             */
            env?: string;
            /**
             * @description Service-managed settings, a JSON-encoded object (such as the GGUF entry file).
             * @example {"GGUF_ENTRY_POINT":"csg-wukong-1B-Q4_K_M.gguf"}
             */
            variables?: string;
            /**
             * @description Model file served by llama.cpp or KTransformers runtimes.
             * @example csg-wukong-1B-Q4_K_M.gguf
             */
            entrypoint?: string;
            /**
             * @description Branch, tag or commit of the model that is served.
             * @example main
             */
            git_branch?: string;
            /**
             * @description Task the model is served for, taken from its tags.
             * @example text-generation
             */
            task?: string;
            /**
             * @description Fewest replicas; 0 lets an idle deploy sleep.
             * @example 1
             */
            min_replica?: number;
            /**
             * @description Most replicas under load.
             * @example 1
             */
            max_replica?: number;
            /**
             * @description Replicas running now.
             * @example 1
             */
            actual_replica?: number;
            /**
             * @description Replicas the cluster is aiming for.
             * @example 1
             */
            desired_replica?: number;
            /** @description The deploy's instances and their states. */
            instances?: components["schemas"]["DeployInstance"][];
            /**
             * @description Id of the cluster the deploy runs in.
             * @example e6d4a2b0-5f2c-4b7e-9d1a-3c8f0e2b7a91
             */
            cluster_id?: string;
            /**
             * @description Short machine-style reason of the last state change, such as a failure cause.
             * @example ImagePullBackOff
             */
            reason?: string;
            /**
             * @description Human-readable detail of the last state change.
             * @example Back-off pulling image "opencsghq/vllm:v0.8.5"
             */
            message?: string;
            /**
             * @description Whether the runtime was started with a tool-call parser, so function calling works.
             * @example false
             */
            support_function_call?: boolean;
            /**
             * @description UUID of the account that is billed for the deploy.
             * @example 6f0e9a7c-3b1d-4e52-8a9f-2c7d41b5e8a0
             */
            user_uuid?: string;
            /**
             * @description User or organization the deploy was created under.
             * @example wanghh2000
             */
            owner_namespace?: string;
            /** @description Prefill-decode layout, on disaggregated inferences. */
            pd?: components["schemas"]["DeployPdConfig"];
            /**
             * Format: date-time
             * @description When the deploy was created.
             * @example 2025-03-12T08:21:45Z
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When the deploy last changed.
             * @example 2025-03-12T08:27:10Z
             */
            updated_at?: string;
            /** @description Sandbox settings; always empty on model deploys (the service sends this key capitalised). */
            Sandbox?: {
                /**
                 * @description Sandbox lifetime, in seconds.
                 * @example 3600
                 */
                timeout?: number;
                /**
                 * @description Sandbox template id.
                 * @example base
                 */
                templateID?: string;
            };
        };
        /**
         * @description Settings of a new model deploy, for a dedicated inference endpoint or a serverless deploy.
         *     Pick `runtime_framework_id` from the model's runtime frameworks and `resource_id` from the
         *     hardware resources; the deploy runs in the resource's cluster.
         */
        ModelRunRequest: {
            /**
             * @description Name of the deploy: 2–64 letters, digits, `-`, `_` or `.`, starting with a letter, ending
             *     with a letter or digit, without two special characters in a row. Dedicated endpoints'
             *     names must be unique per owner.
             * @example wukong-chat
             */
            deploy_name: string;
            /**
             * Format: int64
             * @description Id of an enabled runtime framework (vLLM, SGLang, TGI, llama.cpp, …) to serve the model with.
             * @example 12
             */
            runtime_framework_id: number;
            /**
             * Format: int64
             * @description Id of the hardware resource each replica runs on.
             * @example 27
             */
            resource_id: number;
            /**
             * @description Cluster to run in; ignored, the resource's cluster is used.
             * @example e6d4a2b0-5f2c-4b7e-9d1a-3c8f0e2b7a91
             */
            cluster_id?: string;
            /**
             * @description Fewest replicas; 0 lets an idle endpoint sleep. Must not exceed `max_replica`.
             * @default 0
             * @example 1
             */
            min_replica?: number;
            /**
             * @description Most replicas under load.
             * @default 0
             * @example 1
             */
            max_replica?: number;
            /**
             * @description Branch, tag or commit of the model to serve; the default branch when absent.
             * @example main
             */
            revision?: string;
            /**
             * @description Environment variables of the containers, a JSON-encoded object of strings.
             * @example {"HF_HUB_OFFLINE":"1"}
             */
            env?: string;
            /**
             * @description Extra runtime arguments, a JSON-encoded object whose values are strings; refused otherwise.
             * @example {"gpu-memory-utilization":"0.9","max-model-len":"4096"}
             */
            engine_args?: string;
            /**
             * @description Model file to serve; required by llama.cpp and KTransformers runtimes (GGUF models).
             * @example csg-wukong-1B-Q4_K_M.gguf
             */
            entrypoint?: string;
            /**
             * @description Who may call a dedicated endpoint — `1` anyone, `2` only users with read access to the
             *     model. Serverless deploys are always public.
             * @example 2
             * @enum {integer}
             */
            secure_level?: 1 | 2;
            /**
             * Format: int64
             * @description Id of a prepaid reserved-resource order to run on; it fixes both replica counts at 1.
             * @example 0
             */
            order_detail_id?: number;
            /**
             * @description User or organization to create the deploy under (and bill); you need write access to it.
             *     Your own account when absent.
             * @example OpenCSG
             */
            owner_namespace?: string;
            /**
             * @description Run prefill and decode disaggregated (vLLM and SGLang only); send `pd` with it.
             * @default false
             * @example false
             */
            enable_pd?: boolean;
            /** @description Prefill-decode layout, when `enable_pd` is set. */
            pd?: components["schemas"]["DeployPdConfig"];
            /**
             * @description Agent to register the endpoint with; used by the enterprise edition only.
             * @example
             */
            agent?: string;
        };
        /**
         * @description The answer to a create: the new deploy's id. The service sends the same structure as a deploy
         *     read, so the other keys carry zero values.
         */
        DeployCreated: {
            /**
             * Format: int64
             * @description Numeric id of the new (or, for serverless, the existing) deploy.
             * @example 3187
             */
            deploy_id: number;
            /**
             * @description Always empty here; stream or read the deploy for its state.
             * @example
             */
            status?: string;
            /**
             * @description Always `false` here.
             * @example false
             */
            private?: boolean;
            /**
             * @description Always the zero time `0001-01-01T00:00:00Z` here.
             * @example 0001-01-01T00:00:00Z
             */
            created_at?: string;
            /**
             * @description Always the zero time `0001-01-01T00:00:00Z` here.
             * @example 0001-01-01T00:00:00Z
             */
            updated_at?: string;
            /** @description Always empty here. */
            Sandbox?: Record<string, never>;
        };
        /**
         * @description Changes to a deploy; only the fields sent change. Changing anything but `deploy_name`,
         *     `revision` or `secure_level` needs the deploy stopped first (`DEPLOY-ERR-1` otherwise);
         *     start it again afterwards. A new `resource_id` also moves the deploy to that resource's
         *     cluster and, unless `runtime_framework_id` is sent, picks the matching image of the same
         *     runtime.
         */
        DeployUpdateRequest: {
            /**
             * @description New name of the deploy.
             * @example wukong-chat-v2
             */
            deploy_name?: string;
            /**
             * @description Cluster to move to; must be healthy.
             * @example e6d4a2b0-5f2c-4b7e-9d1a-3c8f0e2b7a91
             */
            cluster_id?: string;
            /**
             * Format: int64
             * @description Id of the hardware resource to move to; not allowed on reserved-resource deploys.
             * @example 28
             */
            resource_id?: number;
            /**
             * Format: int64
             * @description Id of the runtime framework to switch to.
             * @example 12
             */
            runtime_framework_id?: number;
            /**
             * @description Fewest replicas; checked against `max_replica` when both are sent.
             * @example 0
             */
            min_replica?: number;
            /**
             * @description Most replicas; must be at least 1 and at least `min_replica` when both are sent.
             * @example 2
             */
            max_replica?: number;
            /**
             * @description Branch, tag or commit of the model to serve.
             * @example main
             */
            revision?: string;
            /**
             * @description Environment variables of the containers, a JSON-encoded object of strings.
             * @example {"HF_HUB_OFFLINE":"1"}
             */
            env?: string;
            /**
             * @description Extra runtime arguments, a JSON-encoded object whose values are strings.
             * @example {"gpu-memory-utilization":"0.85"}
             */
            engine_args?: string;
            /**
             * @description Service-managed settings, a JSON-encoded object.
             * @example {"GGUF_ENTRY_POINT":"csg-wukong-1B-Q8_0.gguf"}
             */
            variables?: string;
            /**
             * @description Model file to serve with llama.cpp or KTransformers runtimes.
             * @example csg-wukong-1B-Q8_0.gguf
             */
            entrypoint?: string;
            /**
             * @description Who may call the endpoint — `1` anyone, `2` only users with read access to the model.
             * @example 2
             * @enum {integer}
             */
            secure_level?: 1 | 2;
            /** @description New prefill-decode layout; both roles are required when `enabled`. */
            pd?: components["schemas"]["DeployPdConfig"];
        };
        /**
         * @description Settings of a new fine-tuning instance: an interactive training environment (a web UI) for
         *     the model on one replica. Pick `runtime_framework_id` from the model's fine-tuning runtimes.
         */
        FinetuneCreateRequest: {
            /**
             * @description Name of the instance: 2–64 letters, digits, `-`, `_` or `.`, starting with a letter,
             *     ending with a letter or digit, without two special characters in a row.
             * @example wukong-ft
             */
            deploy_name: string;
            /**
             * Format: int64
             * @description Id of an enabled fine-tuning runtime framework (such as LLaMA-Factory).
             * @example 31
             */
            runtime_framework_id: number;
            /**
             * Format: int64
             * @description Id of the hardware resource the instance runs on.
             * @example 27
             */
            resource_id: number;
            /**
             * @description Cluster to run in; ignored, the resource's cluster is used.
             * @example e6d4a2b0-5f2c-4b7e-9d1a-3c8f0e2b7a91
             */
            cluster_id?: string;
            /**
             * @description Branch, tag or commit of the model to load; the default branch when absent.
             * @example main
             */
            revision?: string;
            /**
             * Format: int64
             * @description Id of a prepaid reserved-resource order to run on.
             * @example 0
             */
            order_detail_id?: number;
            /**
             * @description User or organization to create the instance under (and bill); you need write access to
             *     it. Your own account when absent.
             * @example OpenCSG
             */
            owner_namespace?: string;
            /**
             * @description Checked to be a JSON-encoded object when present, then ignored.
             * @example {}
             */
            engine_args?: string;
            /**
             * @description Accepted and ignored; fine-tuning instances do not run disaggregated.
             * @example false
             */
            enable_pd?: boolean;
            /** @description Accepted and ignored. */
            pd?: components["schemas"]["DeployPdConfig"];
        };
        /** @description One tool offered by an MCP server, with its input schema and the server's tags. */
        McpTool: {
            /**
             * Format: int64
             * @description Tool id.
             * @example 5531
             */
            id?: number;
            /**
             * Format: int64
             * @description Id of the MCP server offering the tool.
             * @example 412
             */
            mcp_server_id?: number;
            /**
             * Format: int64
             * @description Id of the MCP server's git repository.
             * @example 88120
             */
            repository_id?: number;
            /**
             * @description Kind of the property; this list answers tools only.
             * @example tool
             * @enum {string}
             */
            kind?: "tool" | "prompt" | "resource" | "resource_template";
            /**
             * @description Tool name, as an MCP client calls it.
             * @example fetch
             */
            name?: string;
            /**
             * @description What the tool does, as the MCP server describes it.
             * @example Fetches a URL from the internet and extracts its contents as Markdown.
             */
            description?: string;
            /**
             * @description The tool's input schema, a JSON Schema encoded as a JSON string.
             * @example {"type":"object","properties":{"url":{"type":"string","format":"uri"},"max_length":{"type":"integer"}},"required":["url"]}
             */
            schema?: string;
            /**
             * Format: date-time
             * @description When the tool was recorded.
             * @example 2025-06-03T07:15:42Z
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When the tool was last changed.
             * @example 2025-06-03T07:15:42Z
             */
            updated_at?: string;
            /**
             * @description Path of the MCP server's repository, `namespace/name`.
             * @example OpenCSG/fetch-mcp
             */
            repo_path?: string;
            /** @description Tags of the MCP server's repository; `null` when it has none. */
            tags?: components["schemas"]["RepoTag"][] | null;
        };
        /**
         * @description One page of MCP tools. Unlike most lists, the page and its total travel inside the envelope's
         *     `data`, not as the envelope's `total`.
         */
        McpToolPage: {
            /** @description The tools of this page, newest first; `null` when the page is empty. */
            data?: components["schemas"]["McpTool"][] | null;
            /**
             * @description Number of matching tools over all pages.
             * @example 137
             */
            total?: number;
        };
        /**
         * @description Where and how to deploy an MCP server: the new space's owner and name, its visibility and the
         *     hardware it runs on. The new space takes its license and default branch from the MCP server.
         */
        McpDeployRequest: {
            /**
             * @description User or organization that will own the new space; the token's user must be able to create repositories there.
             * @example OpenCSG
             */
            namespace: string;
            /**
             * @description Name of the new space: 2 to 64 letters, digits, `-`, `_` or `.`, starting with a letter,
             *     ending with a letter or digit, without two special characters in a row.
             * @example fetch-mcp-demo
             */
            name: string;
            /**
             * @description Display name of the new space; the name when absent or empty.
             * @example Fetch MCP demo
             */
            nickname?: string;
            /**
             * @description Description of the new space, under 1000 characters.
             * @example Fetches web pages and returns them as Markdown for agents.
             */
            description?: string;
            /**
             * @description Whether the new space is visible only to its owner and members.
             * @default false
             * @example false
             */
            private?: boolean;
            /**
             * @description URL of the cover image shown on the space's card.
             * @example https://cdn.opencsg.com/spaces/covers/fetch-mcp.png
             */
            cover_image_url?: string;
            /**
             * @description Environment variables of the app as a JSON-encoded object of names to values (for example
             *     `{"LOG_LEVEL":"info"}`); the platform may add its own, such as the Python package index.
             * @example {"LOG_LEVEL":"info"}
             */
            env?: string;
            /**
             * Format: int64
             * @description Id of the space resource (hardware and price plan) to run on, as listed by the space resources.
             * @example 3
             */
            resource_id: number;
            /**
             * @description Id of the cluster to run in, as listed with the space resources; empty lets the platform choose.
             * @example 5d3c2b1a-7f6e-4d8c-9b0a-1e2f3a4b5c6d
             */
            cluster_id?: string;
        };
        /**
         * @description The simplified state of a space's latest deployment, as the status stream reports it. A client
         *     that waits for a space follows the stream until `Running`, or stops at a failure
         *     (`BuildingFailed`, `DeployFailed`, `RuntimeError`, `NoAppFile`, `NoNGINXConf`, `Deleted`,
         *     `ResourceUnhealthy`). `Sleeping` spaces start again on a wakeup; `Stopped` ones need a new run.
         *     The empty string means no state has been computed (freshly created spaces).
         * @example Running
         * @enum {string}
         */
        SpaceDeployStatus: "" | "Pending" | "Building" | "BuildingFailed" | "Deploying" | "DeployFailed" | "Running" | "RuntimeError" | "Sleeping" | "Stopped" | "Deleted" | "ResourceUnhealthy" | "NoAppFile" | "NoNGINXConf";
        /**
         * @description The space created to run an MCP server, as the deploy answer reports it right after creation.
         *     Fields that only a later read of the space fills (status, endpoint, namespace, permissions)
         *     are empty here.
         */
        McpDeploySpace: {
            /**
             * Format: int64
             * @description Space id.
             * @example 2817
             */
            id?: number;
            /**
             * @description User name of the token's user, who created the space.
             * @example wanghh2000
             */
            username?: string;
            /**
             * @description Space name within its namespace.
             * @example fetch-mcp-demo
             */
            name?: string;
            /**
             * @description Display name; absent when empty.
             * @example Fetch MCP demo
             */
            nickname?: string;
            /**
             * @description Full path of the space, `namespace/name`.
             * @example OpenCSG/fetch-mcp-demo
             */
            path?: string;
            /**
             * @description License copied from the MCP server; absent when empty.
             * @example mit
             */
            license?: string;
            /**
             * @description Whether the space is private.
             * @example false
             */
            private?: boolean;
            /**
             * @description App framework of the space; `mcp_server` for deployed MCP servers.
             * @example mcp_server
             */
            sdk?: string;
            /**
             * @description Environment variables of the app as a JSON-encoded object; absent when there are none.
             * @example {"LOG_LEVEL":"info","PYPI_INDEX_URL":"https://pypi.tuna.tsinghua.edu.cn/simple"}
             */
            env?: string;
            /**
             * @description Hardware of the chosen space resource as a JSON-encoded object (CPU, memory, accelerators).
             * @example {"cpu":{"type":"Intel","num":"2"},"memory":"4Gi"}
             */
            hardware?: string;
            /**
             * @description URL of the cover image; absent when empty.
             * @example https://cdn.opencsg.com/spaces/covers/fetch-mcp.png
             */
            cover_image_url?: string;
            /**
             * @description Id of the space resource the space runs on, as a string.
             * @example 3
             */
            sku?: string;
            /**
             * @description Default branch of the space's repository, copied from the MCP server.
             * @example main
             */
            default_branch?: string;
            /**
             * Format: int64
             * @description Id of the space's git repository.
             * @example 90412
             */
            repository_id?: number;
            status?: components["schemas"]["SpaceDeployStatus"];
            /**
             * Format: date-time
             * @description When the space was created.
             * @example 2025-08-18T09:42:11.512Z
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description Not filled by the deploy answer, which carries the zero time `0001-01-01T00:00:00Z`.
             * @example 0001-01-01T00:00:00Z
             */
            updated_at?: string;
            /**
             * @description Whether the token's user liked the space; always `false` in the deploy answer.
             * @example false
             */
            user_likes?: boolean;
            /**
             * @description Where the repository comes from; empty for spaces created by a deploy.
             * @example
             * @enum {string}
             */
            source?: "" | "opencsg" | "local" | "huggingface";
            /**
             * @description State of the mirror synchronisation; empty for repositories that are not mirrors.
             * @example
             * @enum {string}
             */
            sync_status?: "" | "pending" | "inprogress" | "failed" | "completed" | "canceled";
            /**
             * @description Whether the token's user may write to the space; always `false` in the deploy answer.
             * @example false
             */
            can_write?: boolean;
            /**
             * @description Whether the token's user may manage the space; always `false` in the deploy answer.
             * @example false
             */
            can_manage?: boolean;
            /** @description Owner of the space; `null` in the deploy answer. */
            namespace?: components["schemas"]["Namespace"] | null;
            /**
             * @description Result of the content safety check; empty until the check has run.
             * @example
             */
            sensitive_check_status?: string;
            /**
             * @description Cluster the space runs in; empty in the deploy answer.
             * @example
             */
            cluster_id?: string;
            /**
             * Format: int64
             * @description Size of the repository in bytes; `0` in the deploy answer.
             * @example 0
             */
            repo_size?: number;
        };
        /** @description The files of one split of a subset. */
        DatasetViewerDataFiles: {
            /**
             * @description Split name, such as `train`, `test`, `validation` or `others`, or a name from the dataset card.
             * @example train
             */
            split?: string;
            /**
             * @description File path, glob-like pattern (ending in `*`), or list of them, relative to the repository root.
             * @example [
             *       "data/train-00000-of-00001.parquet"
             *     ]
             */
            path?: string | string[] | null;
        };
        /** @description One subset (config) of a dataset and the files of each of its splits. */
        DatasetViewerConfig: {
            /**
             * @description Subset name; `default` when the dataset card names none.
             * @example default
             */
            config_name?: string;
            /** @description The files of each split; `null` when none were found. */
            data_files?: components["schemas"]["DatasetViewerDataFiles"][] | null;
        };
        /** @description One split of a subset and its number of rows. */
        DatasetViewerSplit: {
            /**
             * @description Split name, as given in the subset's `data_files`.
             * @example train
             */
            name?: string;
            /**
             * @description Number of rows in the split; `0` when it could not be counted.
             * @example 7473
             */
            num_examples?: number;
        };
        /** @description The splits of one subset with their row counts. */
        DatasetViewerDatasetInfo: {
            /**
             * @description Subset name, matching a `config_name` in `configs`.
             * @example default
             */
            config_name?: string;
            /** @description The subset's splits; `null` when none were found. */
            splits?: components["schemas"]["DatasetViewerSplit"][] | null;
        };
        /**
         * @description State of the background job that converts a dataset to Parquet for the viewer: `0` pending,
         *     `1` running, `2` done, `3` failed. Also `0` when the catalog was read from the dataset card
         *     because no job exists.
         * @example 2
         * @enum {integer}
         */
        DatasetViewerJobStatus: 0 | 1 | 2 | 3;
        /**
         * @description What the dataset viewer can show: the subsets (configs) of the dataset, the files and row count
         *     of each split, and the state of the conversion job. Pass a `config_name` and a split `name` to
         *     the rows operation. While the conversion is pending or has failed without results, `configs`
         *     and `dataset_info` are `null` and only `status` and `logs` are filled.
         */
        DatasetViewerCatalog: {
            /** @description The subsets and the files of their splits; `null` when none are known yet. */
            configs?: components["schemas"]["DatasetViewerConfig"][] | null;
            /** @description The splits of each subset with their row counts; `null` when none are known yet. */
            dataset_info?: components["schemas"]["DatasetViewerDatasetInfo"][] | null;
            status?: components["schemas"]["DatasetViewerJobStatus"];
            /**
             * @description Message of the conversion job, such as `Done` or the failure; empty without a job.
             * @example Done
             */
            logs?: string;
            /**
             * Format: int64
             * @description Bytes of source files the conversion downloaded; `0` without a job.
             * @example 4166206
             */
            downloaded_size?: number;
            /**
             * Format: int64
             * @description Bytes of Parquet files the conversion produced; `0` without a job.
             * @example 2306545
             */
            converted_size?: number;
            /**
             * Format: int64
             * @description Number of rows over all converted splits; `0` without a job.
             * @example 8792
             */
            rows_num?: number;
        };
        /**
         * @description One page of rows of a split or a Parquet file: column names and types, then one array per row
         *     with a value per column, in column order. Without `search`, `where` and `orderby` the rows
         *     operation uses a fast reader that reports Parquet physical types (`BYTE_ARRAY`, `INT64`, …) and
         *     every value as a string; otherwise, and for file previews, values keep their JSON types and
         *     types are DuckDB type names (`VARCHAR`, `BIGINT`, `DOUBLE`, …).
         */
        DatasetViewerRows: {
            /**
             * @description Column names, in order; `null` on some empty answers.
             * @example [
             *       "question",
             *       "answer"
             *     ]
             */
            columns?: string[] | null;
            /**
             * @description Type of each column, in the same order as `columns`.
             * @example [
             *       "VARCHAR",
             *       "VARCHAR"
             *     ]
             */
            columns_type?: string[] | null;
            /** @description The rows of this page; each row lists one value per column. */
            rows?: unknown[][];
            /**
             * @description Number of rows over all pages (of the whole split or file, filtered by `where` when given).
             * @example 7473
             */
            total?: number;
            /**
             * @description The `orderby` that was applied; empty when none.
             * @example
             */
            orderby?: string;
            /**
             * @description The `where` filter that was applied; empty when none.
             * @example
             */
            where?: string;
            /**
             * @description The `search` text that was received; empty when none.
             * @example
             */
            search?: string;
        };
        /** @description The author of a discussion or a comment, as the discussion endpoints show users. */
        DiscussionUser: {
            /**
             * Format: int64
             * @description User id; `0` when the author's account has been deleted.
             * @example 1024
             */
            id?: number;
            /**
             * @description User name (login), or `deleted user` when the account no longer exists.
             * @example wanghh2000
             */
            name?: string;
            /**
             * @description URL of the user's avatar image; empty when there is none.
             * @example https://cdn.opencsg.com/avatars/wanghh2000.png
             */
            avatar?: string;
        };
        /** @description A discussion thread opened on a repository's community tab. */
        Discussion: {
            /**
             * Format: int64
             * @description Discussion id, unique across all repositories.
             * @example 87
             */
            id?: number;
            /**
             * @description Title of the discussion.
             * @example Does csg-wukong-1B support a 4k context?
             */
            title?: string;
            user?: components["schemas"]["DiscussionUser"];
            /**
             * Format: int64
             * @description Number of comments posted in the discussion.
             * @example 3
             */
            comment_count?: number;
            /**
             * Format: date-time
             * @description When the discussion was opened.
             * @example 2025-03-14T09:26:53.481Z
             */
            created_at?: string;
        };
        /** @description One page of a repository's discussions, newest first. */
        DiscussionList: {
            /** @description The discussions on this page; `null` when the repository has none. */
            discussions?: components["schemas"]["Discussion"][] | null;
        };
        /** @description A new discussion to open on a repository. */
        DiscussionCreateRequest: {
            /**
             * @description Title of the discussion; it passes the service's sensitive-content check.
             * @example Does csg-wukong-1B support a 4k context?
             */
            title: string;
        };
        /** @description A comment posted in a discussion. */
        Comment: {
            /**
             * Format: int64
             * @description Comment id, unique across all discussions.
             * @example 305
             */
            id?: number;
            /**
             * @description Text of the comment (Markdown as the web UI renders it).
             * @example Yes — the model was trained with a 4096-token context window.
             */
            content?: string;
            user?: components["schemas"]["DiscussionUser"];
            /**
             * Format: date-time
             * @description When the comment was posted.
             * @example 2025-03-14T10:02:11.907Z
             */
            created_at?: string;
        };
        /** @description One page of a discussion's comments, embedded in the discussion. */
        CommentPage: {
            /** @description The comments on this page, newest first. */
            data?: components["schemas"]["Comment"][];
            /**
             * @description Number of comments in the discussion over all pages.
             * @example 3
             */
            total?: number;
            /**
             * @description The page that was returned, starting at 1.
             * @example 1
             */
            page?: number;
            /**
             * @description Comments per page that was asked for.
             * @example 50
             */
            per?: number;
        };
        /** @description A discussion with one page of its comments. */
        DiscussionDetail: {
            /**
             * Format: int64
             * @description Discussion id.
             * @example 87
             */
            id?: number;
            /**
             * @description Title of the discussion.
             * @example Does csg-wukong-1B support a 4k context?
             */
            title?: string;
            user?: components["schemas"]["DiscussionUser"];
            /**
             * Format: int64
             * @description Not filled by this endpoint: the service currently always answers `0` here. Read
             *     `comments.total` for the number of comments.
             * @example 0
             */
            comment_count?: number;
            comments?: components["schemas"]["CommentPage"];
        };
        /** @description The new title of a discussion. */
        DiscussionUpdateRequest: {
            /**
             * @description New title; it passes the service's sensitive-content check.
             * @example Does csg-wukong-1B support a 4k or 8k context?
             */
            title: string;
        };
        /** @description A new comment to post in a discussion. */
        CommentCreateRequest: {
            /**
             * @description Text of the comment; it passes the service's sensitive-content check.
             * @example Yes — the model was trained with a 4096-token context window.
             */
            content: string;
        };
        /** @description The comment that was just posted. */
        CommentCreateResult: {
            /**
             * Format: int64
             * @description Id of the new comment.
             * @example 306
             */
            id?: number;
            /**
             * Format: int64
             * @description Id of the discussion the comment belongs to.
             * @example 87
             */
            commentable_id?: number;
            /**
             * @description Kind of thing commented on; always `discussion` here.
             * @example discussion
             * @enum {string}
             */
            commentable_type?: "discussion";
            /**
             * Format: date-time
             * @description When the comment was posted.
             * @example 2025-03-14T10:05:40.118Z
             */
            created_at?: string;
            user?: components["schemas"]["DiscussionUser"];
        };
        /** @description The new text of a comment. */
        CommentUpdateRequest: {
            /**
             * @description New text of the comment; it passes the service's sensitive-content check.
             * @example Yes — 4096 tokens; longer inputs are truncated.
             */
            content: string;
        };
        /**
         * @description The kind of thing a tag or tag category applies to: a repository kind, or organizations.
         * @example model
         * @enum {string}
         */
        TagScope: "model" | "dataset" | "code" | "space" | "prompt" | "mcp" | "skill" | "organization";
        /** @description A new tag, created by an administrator. */
        TagCreateRequest: {
            /**
             * @description Tag name, unique within its category and scope; it passes the service's sensitive-content check.
             * @example text-generation
             */
            name: string;
            /**
             * @description Name of the tag category, such as `task`, `framework`, `license`, `language`, `size`, `evaluation` or `industry`.
             * @example task
             */
            category: string;
            /**
             * @description Group within the category, such as `natural_language_processing`; empty when the category has no groups.
             * @example natural_language_processing
             */
            group?: string;
            scope: components["schemas"]["TagScope"];
            /**
             * @description Whether the tag is predefined by the platform rather than added by users.
             * @default false
             * @example true
             */
            built_in?: boolean;
            /**
             * @deprecated
             * @description Display name. Deprecated by the service in favour of `i18n_key`.
             * @example Text Generation
             */
            show_name?: string;
            /**
             * @description Translation key of the display name; lists show the translated name in `show_name`.
             * @example text-generation
             */
            i18n_key?: string;
        };
        /** @description How the tag administration endpoints answer: the tag in `data`, without the usual `msg`. */
        TagData: {
            data: components["schemas"]["RepoTag"];
        };
        /** @description The new state of a tag. Every column is written, so fields left out are reset to empty or false. */
        TagUpdateRequest: {
            /**
             * @description Tag name, unique within its category and scope; it passes the service's sensitive-content check.
             * @example text-generation
             */
            name: string;
            /**
             * @description Name of the tag category, such as `task`, `framework`, `license`, `language`, `size`, `evaluation` or `industry`.
             * @example task
             */
            category: string;
            /**
             * @description Group within the category, such as `natural_language_processing`; empty when the category has no groups.
             * @example natural_language_processing
             */
            group?: string;
            scope: components["schemas"]["TagScope"];
            /**
             * @description Whether the tag is predefined by the platform rather than added by users.
             * @default false
             * @example true
             */
            built_in?: boolean;
            /**
             * @deprecated
             * @description Display name. Deprecated by the service in favour of `i18n_key`.
             * @example Text Generation
             */
            show_name?: string;
            /**
             * @description Translation key of the display name; lists show the translated name in `show_name`.
             * @example text-generation
             */
            i18n_key?: string;
        };
        /** @description A tag category, such as `task` or `license`, for one kind of repository. */
        TagCategory: {
            /**
             * Format: int64
             * @description Category id.
             * @example 3
             */
            id?: number;
            /**
             * @description Category name, which tags refer to in their `category`.
             * @example task
             */
            name?: string;
            /**
             * @description Display name of the category (translated when a translation exists).
             * @example Tasks
             */
            show_name?: string;
            scope?: components["schemas"]["TagScope"];
            /**
             * @description Whether the category is shown as a filter in the web UI.
             * @example true
             */
            enabled?: boolean;
            /**
             * @description Whether the service fills this category's tags itself from repository metadata.
             * @example false
             */
            auto_detected?: boolean;
        };
        /** @description A new tag category, created by an administrator. */
        TagCategoryCreateRequest: {
            /**
             * @description Category name, unique within its scope.
             * @example industry
             */
            name: string;
            scope: components["schemas"]["TagScope"];
            /**
             * @description Display name of the category.
             * @example Industry
             */
            show_name?: string;
            /**
             * @description Whether the category is shown as a filter in the web UI.
             * @default false
             * @example true
             */
            enabled?: boolean;
            /**
             * @description Whether the service fills this category's tags itself from repository metadata.
             * @default false
             * @example false
             */
            auto_detected?: boolean;
        };
        /**
         * @description How the tag-category administration endpoints answer: the category in `data`, without the
         *     usual `msg`.
         */
        TagCategoryData: {
            data: components["schemas"]["TagCategory"];
        };
        /** @description The new state of a tag category. Every column is written, so fields left out are reset to empty or false. */
        TagCategoryUpdateRequest: {
            /**
             * @description Category name, unique within its scope.
             * @example industry
             */
            name: string;
            scope: components["schemas"]["TagScope"];
            /**
             * @description Display name of the category.
             * @example Industry
             */
            show_name?: string;
            /**
             * @description Whether the category is shown as a filter in the web UI.
             * @default false
             * @example true
             */
            enabled?: boolean;
            /**
             * @description Whether the service fills this category's tags itself from repository metadata.
             * @default false
             * @example false
             */
            auto_detected?: boolean;
        };
        /**
         * @description What a runtime framework (or a deploy) is used for.
         *
         *     | Value | Use |
         *     | --- | --- |
         *     | `0` | Space app. |
         *     | `1` | Dedicated inference endpoint. |
         *     | `2` | Fine-tuning. |
         *     | `3` | Serverless inference. |
         *     | `4` | Evaluation. |
         *     | `5` | Notebook. |
         *     | `6` | Job. |
         *     | `7` | Sandbox. |
         * @example 1
         * @enum {integer}
         */
        RuntimeFrameworkDeployType: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7;
        /**
         * @description A runtime framework: an engine image (vLLM, SGLang, LLaMA-Factory, OpenCompass, …) that the
         *     platform uses to serve, fine-tune or evaluate models, for one kind of hardware.
         */
        RuntimeFramework: {
            /**
             * Format: int64
             * @description Runtime framework id; pass it as `runtime_framework_id` when deploying or evaluating.
             * @example 6
             */
            id?: number;
            /**
             * @description Engine name.
             * @example vllm
             */
            frame_name?: string;
            /**
             * @description Engine version; when a `deploy_type` filter is given it is the tag of `frame_image`.
             * @example v0.24.0
             */
            frame_version?: string;
            /**
             * @description Container image the engine runs from.
             * @example opencsghq/vllm:v0.24.0
             */
            frame_image?: string;
            /**
             * @description Hardware the image runs on, such as `cpu`, `gpu`, `npu`, `gcu` or `mlu`.
             * @example gpu
             */
            compute_type?: string;
            /**
             * @description Accelerator driver (CUDA, CANN, …) version the image needs; empty for CPU images.
             * @example 13.0
             */
            driver_version?: string;
            /**
             * @description Free-text description; often empty.
             * @example
             */
            description?: string;
            /**
             * Format: int64
             * @description `1` when the framework can be chosen for new deploys, `0` when it is disabled.
             * @example 1
             * @enum {integer}
             */
            enabled?: 0 | 1;
            /**
             * @description Port the engine listens on inside its container.
             * @example 8000
             */
            container_port?: number;
            type?: components["schemas"]["RuntimeFrameworkDeployType"];
            /**
             * @description JSON-encoded array of the engine's tunable arguments, each with `name`, default `value` and
             *     command-line `format`; empty when the engine has none.
             * @example [{"name":"max-model-len","value":"8192","format":"--max-model-len %s"}]
             */
            engine_args?: string;
            /**
             * @description Weight format the engine loads, such as `safetensors`, `gguf` or `onnx`.
             * @example safetensors
             */
            model_format?: string;
            /**
             * @description JSON-encoded map from model architecture to the engine's tool-call parser; empty when unused.
             * @example {"Qwen2ForCausalLM":"hermes"}
             */
            tool_call_parsers?: string;
            /**
             * Format: date-time
             * @description When the framework was registered.
             * @example 2025-01-08T06:12:44.103Z
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When the framework was last changed.
             * @example 2026-05-20T02:31:09.877Z
             */
            updated_at?: string;
        };
        /**
         * @description A model that a runtime framework can run. Only the fields below are filled; the service also
         *     sends the other fields of its model record with empty values.
         */
        RuntimeFrameworkModel: {
            /**
             * @description Repository name of the model.
             * @example csg-wukong-1B
             */
            name?: string;
            /**
             * @description Display name of the model; empty when none was set.
             * @example Wukong 1B
             */
            nickname?: string;
            /**
             * @description Short description of the model.
             * @example A 1B-parameter bilingual base model pre-trained by OpenCSG.
             */
            description?: string;
            /**
             * @description Model path, `namespace/name`.
             * @example OpenCSG/csg-wukong-1B
             */
            path?: string;
            /**
             * Format: int64
             * @description Id of the model's repository.
             * @example 2201
             */
            repository_id?: number;
            /**
             * @description Whether the repository is private (then only its owner sees it here).
             * @example false
             */
            private?: boolean;
            /**
             * @description `true` when the all-frameworks list was asked for `deploy_type` 1 (inference); always `false` in the per-framework list.
             * @example true
             */
            enable_inference?: boolean;
            /**
             * @description `true` when the all-frameworks list was asked for `deploy_type` 2 (fine-tuning); always `false` in the per-framework list.
             * @example false
             */
            enable_finetune?: boolean;
            /**
             * @description `true` when the all-frameworks list was asked for `deploy_type` 4 (evaluation); always `false` in the per-framework list.
             * @example false
             */
            enable_evaluation?: boolean;
        };
        /**
         * @description How the runtime-framework model lists answer: the page in `data` and the count in `total`,
         *     without the usual `msg`.
         */
        RuntimeFrameworkModelPage: {
            /** @description The models on this page; `null` when there are none. */
            data: components["schemas"]["RuntimeFrameworkModel"][] | null;
            /**
             * @description Number of models over all pages.
             * @example 2
             */
            total: number;
        };
        /** @description Models to attach to, or detach from, a runtime framework. */
        RuntimeFrameworkModelsRequest: {
            /**
             * @description Model paths, `namespace/name`; paths that match no model are skipped silently.
             * @example [
             *       "OpenCSG/csg-wukong-1B",
             *       "OpenCSG/csg-wukong-chat-v0.1"
             *     ]
             */
            models?: string[];
        };
        /** @description One virtual accelerator (vGPU slice) on a node. */
        ClusterVxpu: {
            /**
             * @description Device id reported by the node's device plugin.
             * @example GPU-3b7f9c2e-51aa-4c1e-9d0b-7f3e2a1c9b44
             */
            id?: string;
            /**
             * @description Index of the physical device on the node.
             * @example 0
             */
            index?: number;
            /**
             * Format: int64
             * @description Total memory of the device, in MB.
             * @example 24576
             */
            mem?: number;
            /**
             * Format: int64
             * @description How many workloads may share the device at once.
             * @example 10
             */
            parallel?: number;
            /**
             * Format: int64
             * @description Compute share of the device, in percent.
             * @example 100
             */
            core?: number;
            /**
             * @description Device vendor and model, such as `NVIDIA`.
             * @example NVIDIA
             */
            type?: string;
            /**
             * Format: int64
             * @description Memory already allocated to workloads, in MB.
             * @example 8192
             */
            allocated_mem?: number;
        };
        /** @description Counts of one MIG (multi-instance GPU) profile on a node. */
        ClusterMigResource: {
            /**
             * Format: int64
             * @description Instances of this profile the node has.
             * @example 7
             */
            capacity?: number;
            /**
             * Format: int64
             * @description Instances of this profile that can be scheduled.
             * @example 7
             */
            allocatable?: number;
            /**
             * Format: int64
             * @description Instances requested by running workloads.
             * @example 2
             */
            requests?: number;
            /**
             * Format: int64
             * @description Instances limited to running workloads.
             * @example 2
             */
            limits?: number;
        };
        /** @description Capacity and free resources of one cluster node. */
        ClusterNodeHardware: {
            /**
             * @description CPU cores on the node.
             * @example 64
             */
            total_cpu?: number;
            /**
             * @description CPU cores not yet allocated.
             * @example 40.5
             */
            available_cpu?: number;
            /**
             * @description Memory on the node, in GB.
             * @example 503.4
             */
            total_mem?: number;
            /**
             * @description Memory not yet allocated, in GB.
             * @example 311.9
             */
            available_mem?: number;
            /**
             * @description Accelerator model, such as `A10` or `H100`; empty on CPU nodes.
             * @example A10
             */
            xpu_model?: string;
            /**
             * Format: int64
             * @description Accelerators on the node.
             * @example 8
             */
            total_xpu?: number;
            /**
             * Format: int64
             * @description Accelerators not yet allocated.
             * @example 5
             */
            available_xpu?: number;
            /**
             * @description Accelerator vendor, such as `NVIDIA`, `Ascend` or `AMD`.
             * @example NVIDIA
             */
            gpu_vendor?: string;
            /**
             * @description Kubernetes resource name the accelerators are counted under.
             * @example nvidia.com/gpu
             */
            xpu_capacity_label?: string;
            /**
             * Format: int64
             * @description Accelerators held back from scheduling.
             * @example 0
             */
            reserved_xpu?: number;
            /**
             * @description Memory of one accelerator, human-readable.
             * @example 24GiB
             */
            xpu_mem?: string;
            /** @description Virtual accelerators on the node, when vXPU sharing is on. */
            vxpus?: components["schemas"]["ClusterVxpu"][] | null;
            /**
             * Format: int64
             * @description Virtual accelerators on the node.
             * @example 0
             */
            total_vxpu?: number;
            /**
             * Format: int64
             * @description Virtual accelerators in use.
             * @example 0
             */
            used_vxpu_num?: number;
            /**
             * Format: int64
             * @description Memory of all virtual accelerators, in MB.
             * @example 0
             */
            total_vxpu_mem?: number;
            /**
             * Format: int64
             * @description Memory of virtual accelerators not yet allocated, in MB.
             * @example 0
             */
            available_vxpu_mem?: number;
            /** @description MIG profiles on the node, keyed by profile name such as `1g.10gb`. */
            migs?: {
                [key: string]: components["schemas"]["ClusterMigResource"];
            } | null;
        };
        /** @description A workload (pod) running on a node. */
        ClusterProcess: {
            /**
             * @description Kubernetes pod name.
             * @example u-wanghh2000-csg-wukong-1b-1a2b3c-0
             */
            pod_name?: string;
            /**
             * @description Id of the deploy the pod belongs to; empty for workflow pods.
             * @example 4821
             */
            deploy_id?: string;
            /**
             * @description Service name of the deploy.
             * @example u-wanghh2000-csg-wukong-1b-1a2b3c
             */
            svc_name?: string;
            /** @description Virtual accelerators the pod uses. */
            vxpus?: components["schemas"]["ClusterVxpu"][];
            /**
             * @description Name of the workflow (evaluation, fine-tuning job) the pod belongs to; empty for deploys.
             * @example
             */
            workflow_name?: string;
            /**
             * @description Name of the node the pod runs on.
             * @example gpu-node-03
             */
            cluster_node?: string;
        };
        /** @description A node of a cluster with its resources and the workloads running on it. */
        ClusterNodeResource: components["schemas"]["ClusterNodeHardware"] & {
            /**
             * @description Kubernetes node name.
             * @example gpu-node-03
             */
            node_name?: string;
            /**
             * @description Node condition as the runner reports it, such as `Ready`, `NotReady` or `Offline`.
             * @example Ready
             */
            node_status?: string;
            /** @description Workloads running on the node. */
            processes?: components["schemas"]["ClusterProcess"][] | null;
            /** @description Kubernetes labels of the node. */
            labels?: {
                [key: string]: string;
            } | null;
            /**
             * @description Whether vXPU sharing is switched on for the node.
             * @example false
             */
            enable_vxpu?: boolean;
            /**
             * Format: int64
             * @description When the runner last reported the node, in Unix seconds.
             * @example 1750665613
             */
            update_at?: number;
        };
        /**
         * @description A compute cluster that runs deploys, fine-tunes and evaluations, with its resource totals.
         *     The list answers only identity fields (`cluster_id`, `region`, `zone`, `provider`,
         *     `storage_class`, `status`, `endpoint`, `space_resource_count`) and zeros elsewhere; usage and
         *     the single-cluster read fill the totals.
         */
        Cluster: {
            /**
             * @description Cluster id (a UUID); pass it as `cluster_id` when choosing where to deploy.
             * @example 8f6a4b0e-2d47-4c8e-9a51-3f1d7b2c6e90
             */
            cluster_id?: string;
            /**
             * @description `Running` or `Unavailable`. Translated when the request's `Accept-Language` asks for
             *     another language (for example `运行中` for `zh-CN`).
             * @example Running
             */
            status?: string;
            /**
             * @description CPU cores over all nodes.
             * @example 256
             */
            total_cpu?: number;
            /**
             * @description CPU cores not yet allocated (rounded down).
             * @example 118
             */
            available_cpu?: number;
            /**
             * @description Share of CPU cores allocated, from 0 to 1.
             * @example 0.54
             */
            cpu_usage?: number;
            /**
             * Format: int64
             * @description Accelerators over all nodes.
             * @example 32
             */
            total_gpu?: number;
            /**
             * Format: int64
             * @description Accelerators not yet allocated.
             * @example 11
             */
            available_gpu?: number;
            /**
             * @description Share of accelerators allocated, from 0 to 1.
             * @example 0.66
             */
            gpu_usage?: number;
            /**
             * @description Memory over all nodes, in GB (rounded down).
             * @example 2013
             */
            total_mem?: number;
            /**
             * @description Memory not yet allocated, in GB (rounded down).
             * @example 947
             */
            available_mem?: number;
            /**
             * @description Share of memory allocated, from 0 to 1.
             * @example 0.53
             */
            mem_usage?: number;
            /**
             * Format: int64
             * @description Virtual accelerators over all nodes.
             * @example 0
             */
            total_vxpu?: number;
            /**
             * Format: int64
             * @description Virtual accelerators in use.
             * @example 0
             */
            used_vxpu_num?: number;
            /**
             * Format: int64
             * @description Memory of all virtual accelerators, in MB.
             * @example 0
             */
            total_vxpu_mem?: number;
            /**
             * Format: int64
             * @description Memory of virtual accelerators not yet allocated, in MB.
             * @example 0
             */
            available_vxpu_mem?: number;
            /**
             * @description Share of virtual accelerators in use, from 0 to 1.
             * @example 0
             */
            vxpu_usage?: number;
            /**
             * @description Share of virtual accelerator memory allocated, from 0 to 1.
             * @example 0
             */
            vxpu_mem_usage?: number;
            /**
             * @description Number of nodes.
             * @example 4
             */
            node_number?: number;
            /**
             * @description Nodes that have not reported for two heartbeat intervals.
             * @example 0
             */
            node_offlines?: number;
            /**
             * @description Region the cluster is in.
             * @example region-0
             */
            region?: string;
            /**
             * @description Zone within the region.
             * @example cn-beijing
             */
            zone?: string;
            /**
             * @description Cloud or hosting provider.
             * @example ali
             */
            provider?: string;
            /** @description Nodes with their resources; only on the single-cluster read. */
            resources?: components["schemas"]["ClusterNodeResource"][];
            /**
             * @description Kubernetes storage class used for volumes.
             * @example csi-disk
             */
            storage_class?: string;
            /**
             * @description Address of the cluster's runner.
             * @example http://runner.cluster-0.internal:8082
             */
            endpoint?: string;
            /**
             * @description How resource availability was computed: `ClusterWide` (scan of the whole cluster),
             *     `NamespaceQuota` (from a namespace quota), `Uncertain`, or empty when not computed.
             * @example ClusterWide
             * @enum {string}
             */
            resource_status?: "ClusterWide" | "NamespaceQuota" | "Uncertain" | "";
            /**
             * Format: int64
             * @description When the resources were last refreshed, in Unix seconds; `0` when unknown.
             * @example 1750665613
             */
            last_update_time?: number;
            /**
             * @description Accelerator vendors in the cluster, comma-separated.
             * @example NVIDIA
             */
            xpu_vendors?: string;
            /**
             * @description Accelerator models with memory, comma-separated.
             * @example A10(24GiB), H100(80GiB)
             */
            xpu_models?: string;
            /**
             * @description Whether the cluster is enabled (usage answers only; `false` elsewhere).
             * @example true
             */
            enable?: boolean;
            /** @description vXPU scheduling settings of the cluster, such as `kube_scheduler` or `volcano_queue`. */
            vxpu_config?: {
                [key: string]: string;
            } | null;
            /**
             * @description Number of hardware offers (space resources) defined on the cluster.
             * @example 9
             */
            space_resource_count?: number;
        };
        /** @description One accelerator offer found in a region. */
        ClusterHardware: {
            /**
             * @description Region of the cluster that has the accelerator.
             * @example region-0
             */
            region?: string;
            /**
             * @description Accelerator vendor.
             * @example NVIDIA
             */
            gpu_vendor?: string;
            /**
             * @description Accelerator model.
             * @example A10
             */
            xpu_model?: string;
            /**
             * Format: int64
             * @description Memory of one accelerator, in GB (rounded down; `0` when unknown).
             * @example 24
             */
            xpu_mem?: number;
        };
        /** @description What the platform's enabled clusters offer, without internal details. */
        ClusterPublicSummary: {
            /** @description Region of each enabled cluster (a region repeats when it has several clusters). */
            region?: string[] | null;
            /** @description Accelerator vendors found over all clusters, each once. */
            gpu_vendor?: string[];
            /** @description One entry per node with accelerators. */
            hardware?: components["schemas"]["ClusterHardware"][] | null;
        };
        /**
         * @description Simplified state of a deploy: `Pending`, then `Building` → `Deploying` → `Running`; `Sleeping`
         *     while scaled to zero, `Stopped` after a stop; `BuildingFailed`, `DeployFailed` and
         *     `RuntimeError` are failures, `Deleted` is final, and `ResourceUnhealthy` means its hardware is
         *     unhealthy.
         * @example Running
         * @enum {string}
         */
        ClusterDeployStatus: "Pending" | "Building" | "BuildingFailed" | "Deploying" | "DeployFailed" | "Running" | "RuntimeError" | "Sleeping" | "Stopped" | "Deleted" | "ResourceUnhealthy";
        /** @description A space, inference endpoint or fine-tuning instance running on a cluster, with what it has cost. */
        ClusterDeploy: {
            /**
             * @description Id of the cluster the deploy runs on.
             * @example 8f6a4b0e-2d47-4c8e-9a51-3f1d7b2c6e90
             */
            cluster_id?: string;
            /**
             * @description Region of that cluster (the first cluster's region when the cluster is unknown).
             * @example region-0
             */
            cluster_region?: string;
            /**
             * @description Name the owner gave the deploy.
             * @example wukong-chat-endpoint
             */
            deploy_name?: string;
            user?: components["schemas"]["RepoOwner"];
            /**
             * @description JSON-encoded hardware the deploy was given (CPU, memory, accelerators).
             * @example {"gpu":{"type":"A10","num":"1","resource_name":"nvidia.com/gpu","labels":{"aliyun.accelerator/nvidia_name":"NVIDIA-A10"}},"cpu":{"type":"Intel","num":"8"},"memory":"31Gi"}
             */
            resource?: string;
            /**
             * Format: date-time
             * @description When the deploy was created.
             * @example 2026-06-02T03:14:27.554+08:00
             */
            create_time?: string;
            status?: components["schemas"]["ClusterDeployStatus"];
            /**
             * @description Billed running time since creation, in minutes.
             * @example 1325
             */
            total_time_in_min?: number;
            /**
             * @description Billed amount since creation, in cents.
             * @example 8610
             */
            total_fee_in_cents?: number;
            /**
             * @description Service name of the deploy, which its endpoint URL is built from.
             * @example u-wanghh2000-csg-wukong-1b-1a2b3c
             */
            svc_name?: string;
        };
        /**
         * @description Internal state code of a deploy.
         *
         *     | Code | State |
         *     | --- | --- |
         *     | `0` | Pending. |
         *     | `10` | Build queued. |
         *     | `11` | Building. |
         *     | `12` | Build failed. |
         *     | `13` | Build succeeded. |
         *     | `14` | Build skipped. |
         *     | `20` | Deploying. |
         *     | `21` | Deploy failed. |
         *     | `22` | Starting up. |
         *     | `23` | Running. |
         *     | `24` | Runtime error. |
         *     | `25` | Sleeping (scaled to zero). |
         *     | `26` | Stopped. |
         *     | `27` | Deleted. |
         *     | `28` | Cluster resource unhealthy. |
         * @example 23
         * @enum {integer}
         */
        ClusterDeployStatusCode: 0 | 10 | 11 | 12 | 13 | 14 | 20 | 21 | 22 | 23 | 24 | 25 | 26 | 27 | 28;
        /**
         * @description A deploy record as administrators see it. The service may send further internal fields
         *     (environment, scheduling constraints, instances); they are not described here.
         */
        ClusterAdminDeploy: {
            /**
             * Format: int64
             * @description Deploy id.
             * @example 4821
             */
            id?: number;
            /**
             * Format: int64
             * @description Id of the space deployed; `0` for model deploys.
             * @example 0
             */
            space_id?: number;
            /**
             * Format: int64
             * @description Id of the model deployed; `0` for space deploys.
             * @example 733
             */
            model_id?: number;
            /**
             * Format: int64
             * @description Id of the repository deployed.
             * @example 2201
             */
            repo_id?: number;
            /**
             * Format: int64
             * @description Id of the user who started the deploy.
             * @example 1024
             */
            user_id?: number;
            /**
             * @description UUID of the user or organization billed for the deploy.
             * @example 5f0e6c1a-7d1b-4f63-9a44-0c1b2e3d4f5a
             */
            user_uuid?: string;
            /**
             * @description User or organization that owns the deploy.
             * @example wanghh2000
             */
            owner_namespace?: string;
            /**
             * @description Name the owner gave the deploy.
             * @example wukong-chat-endpoint
             */
            deploy_name?: string;
            type?: components["schemas"]["RuntimeFrameworkDeployType"];
            status?: components["schemas"]["ClusterDeployStatusCode"];
            /**
             * @description Repository path the deploy was built from.
             * @example models_OpenCSG/csg-wukong-1B
             */
            git_path?: string;
            /**
             * @description Branch the deploy was built from.
             * @example main
             */
            git_branch?: string;
            /**
             * @description Space SDK template, for space deploys.
             * @example
             */
            template?: string;
            /**
             * @description JSON-encoded hardware the deploy was given.
             * @example {"gpu":{"type":"A10","num":"1","resource_name":"nvidia.com/gpu"},"cpu":{"type":"Intel","num":"8"},"memory":"31Gi"}
             */
            hardware?: string;
            /**
             * @description Container image the deploy runs.
             * @example opencsghq/vllm:v0.24.0
             */
            image_id?: string;
            /**
             * @description Engine name, for model deploys.
             * @example vllm
             */
            runtime_framework?: string;
            /**
             * @description Port the container listens on.
             * @example 8000
             */
            container_port?: number;
            /**
             * @description Fewest replicas kept running.
             * @example 1
             */
            min_replica?: number;
            /**
             * @description Most replicas the deploy scales to.
             * @example 1
             */
            max_replica?: number;
            /**
             * @description Service name of the deploy.
             * @example u-wanghh2000-csg-wukong-1b-1a2b3c
             */
            svc_name?: string;
            /**
             * @description URL the deploy is reached at; empty until it runs.
             * @example https://u-wanghh2000-csg-wukong-1b-1a2b3c.space.opencsg.com
             */
            endpoint?: string;
            /**
             * @description Cluster the deploy runs on.
             * @example 8f6a4b0e-2d47-4c8e-9a51-3f1d7b2c6e90
             */
            cluster_id?: string;
            /**
             * @description Node the deploy was scheduled on, when known.
             * @example gpu-node-03
             */
            cluster_node?: string;
            /**
             * @description Scheduler queue the deploy was placed in, when a queue is used.
             * @example
             */
            queue_name?: string;
            /**
             * @description `1` public endpoint, `2` private endpoint.
             * @example 2
             */
            secure_level?: number;
            /**
             * @description Id of the price item the deploy is billed by.
             * @example 77
             */
            sku?: string;
            /**
             * Format: int64
             * @description Id of the prepaid order line paying for the deploy; `0` when billed by usage.
             * @example 0
             */
            order_detail_id?: number;
            /**
             * @description Engine arguments the deploy was started with.
             * @example --max-model-len 8192
             */
            engine_args?: string;
            /**
             * @description Last message from the runner.
             * @example
             */
            message?: string;
            /**
             * @description Reason for the last state change.
             * @example
             */
            reason?: string;
            /**
             * Format: date-time
             * @description When the deploy was created.
             * @example 2026-06-02T03:14:27.554+08:00
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When the deploy record last changed.
             * @example 2026-06-23T15:01:40.020+08:00
             */
            updated_at?: string;
        };
        /** @description The namespace a node is reserved for. */
        ClusterExclusiveOwner: {
            /**
             * @description User or organization name the node is reserved for.
             * @example OpenCSG
             */
            namespace?: string;
            /**
             * @description `user` or `organization`.
             * @example organization
             */
            type?: string;
            /**
             * Format: int64
             * @description Id of the user who reserved the node.
             * @example 1
             */
            user_id?: number;
            /**
             * @description Name of the user who reserved the node.
             * @example admin
             */
            user_name?: string;
            /**
             * Format: int64
             * @description When the reservation was last changed, in Unix seconds.
             * @example 1750665613
             */
            updated_at?: number;
        };
        /** @description A cluster node as administrators manage it. */
        ClusterNode: {
            /**
             * Format: int64
             * @description Node id.
             * @example 12
             */
            id?: number;
            /**
             * @description Id of the cluster the node belongs to.
             * @example 8f6a4b0e-2d47-4c8e-9a51-3f1d7b2c6e90
             */
            cluster_id?: string;
            /**
             * @description Kubernetes node name.
             * @example gpu-node-03
             */
            name?: string;
            /**
             * @description Node condition, such as `Ready` or `Offline`.
             * @example Ready
             */
            status?: string;
            /** @description Kubernetes labels of the node. */
            labels?: {
                [key: string]: string;
            } | null;
            /**
             * @description Whether vXPU sharing is switched on for the node.
             * @example false
             */
            enable_vxpu?: boolean;
            /**
             * @description Accelerator card of the node.
             * @example NVIDIA A10
             */
            compute_card?: string;
            hardware?: components["schemas"]["ClusterNodeHardware"];
            /** @description Workloads running on the node. */
            processes?: components["schemas"]["ClusterProcess"][] | null;
            /**
             * @description Whether the node is reserved for one namespace.
             * @example false
             */
            exclusive?: boolean;
            /**
             * Format: date-time
             * @description When the node was first seen.
             * @example 2026-01-21T08:00:12.000Z
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When the node record last changed.
             * @example 2026-06-23T07:20:13.000Z
             */
            updated_at?: string;
            /**
             * @description Region of the node's cluster.
             * @example region-0
             */
            cluster_region?: string;
            /**
             * @description Number of workloads running on the node.
             * @example 3
             */
            task_running_num?: number;
            /** @description The namespace the node is reserved for, or `null`. The field name is spelled this way by the service. */
            execlusive_owner?: components["schemas"]["ClusterExclusiveOwner"] | null;
        };
        /** @description Whether a node is reserved for the namespace named in the path, or shared. */
        ClusterNodeAccessModeRequest: {
            /**
             * @description `true` reserves the node for the namespace; `false` returns it to the shared pool.
             * @default false
             * @example true
             */
            exclusive?: boolean;
        };
        /**
         * @description Phase of the workflow running the job: `Pending`, `Running`, then `Succeeded`, `Failed` or
         *     `Error`; empty right after submission, before the workflow engine reports.
         * @example Succeeded
         * @enum {string}
         */
        EvaluationStatus: "" | "Pending" | "Running" | "Succeeded" | "Failed" | "Error";
        /**
         * @description What a workflow job does: `evaluation` (benchmark a model), `claw_eval` (agent evaluation with
         *     claw-eval), `comparison`, `leaderboard`, `training`, `finetune` or `dataflow`.
         * @example evaluation
         * @enum {string}
         */
        EvaluationTaskType: "evaluation" | "claw_eval" | "training" | "comparison" | "leaderboard" | "finetune" | "dataflow";
        /** @description A workflow job (evaluation, fine-tuning, dataflow, …) as administrators see it. */
        ClusterWorkflow: {
            /**
             * Format: int64
             * @description Workflow id.
             * @example 318
             */
            id?: number;
            /**
             * @description User or organization the job belongs to.
             * @example wanghh2000
             */
            username?: string;
            /**
             * @description UUID of the user or organization billed for the job.
             * @example 5f0e6c1a-7d1b-4f63-9a44-0c1b2e3d4f5a
             */
            user_uuid?: string;
            /**
             * @description Name the owner gave the job.
             * @example wukong-ceval
             */
            task_name?: string;
            /**
             * @description Generated id of the job, also the workflow name in the cluster.
             * @example 1n5t0a8ktcjk0
             */
            task_id?: string;
            task_type?: components["schemas"]["EvaluationTaskType"];
            /**
             * @description Cluster the job runs on.
             * @example 8f6a4b0e-2d47-4c8e-9a51-3f1d7b2c6e90
             */
            cluster_id?: string;
            /**
             * @description Kubernetes namespace of the workflow.
             * @example workflows
             */
            namespace?: string;
            /** @description Paths of the models the job works on. */
            repo_ids?: string[];
            /**
             * @description Kind of repository in `repo_ids`.
             * @example model
             */
            repo_type?: string;
            /**
             * @description Description the owner gave the job.
             * @example C-Eval on the 1B base model
             */
            task_desc?: string;
            status?: components["schemas"]["EvaluationStatus"];
            /**
             * @description Reason for the current status, on failures.
             * @example
             */
            reason?: string;
            /**
             * @description Container image the job runs.
             * @example opencsghq/opencompass:0.4.2
             */
            image?: string;
            /** @description Datasets the job uses, by their origin paths. */
            datasets?: string[];
            /**
             * Format: int64
             * @description Id of the hardware offer the job runs on.
             * @example 12
             */
            resource_id?: number;
            /**
             * @description Name of that hardware offer.
             * @example NVIDIA A10 · 1 GPU · 8 vCPU · 31 GiB
             */
            resource_name?: string;
            /**
             * Format: date-time
             * @description When the status last changed.
             * @example 2026-06-20T10:41:05.000+08:00
             */
            status_update_at?: string;
            /**
             * Format: date-time
             * @description When the job was submitted.
             * @example 2026-06-20T10:02:17.000+08:00
             */
            submit_time?: string;
            /**
             * Format: date-time
             * @description When the job started running; `0001-01-01T00:00:00Z` before it starts.
             * @example 2026-06-20T10:03:40.000+08:00
             */
            start_time?: string;
            /**
             * Format: date-time
             * @description When the job ended; `0001-01-01T00:00:00Z` while it runs.
             * @example 2026-06-20T10:41:05.000+08:00
             */
            end_time?: string;
            /**
             * @description URL of the job's result summary, once it has succeeded.
             * @example https://opencsg-public.oss-cn-beijing.aliyuncs.com/evaluation/1n5t0a8ktcjk0/summary.json
             */
            result_url?: string;
            /**
             * @description URL of the full results archive, once the job has succeeded.
             * @example https://opencsg-public.oss-cn-beijing.aliyuncs.com/evaluation/1n5t0a8ktcjk0/results.zip
             */
            download_url?: string;
            /**
             * @description URL of the failed-case report, when there is one.
             * @example
             */
            failures_url?: string;
            /**
             * @description Node the job was scheduled on, when known.
             * @example gpu-node-03
             */
            cluster_node?: string;
            /**
             * @description Scheduler queue the job was placed in, when a queue is used.
             * @example
             */
            queue_name?: string;
            /**
             * @description JSON-encoded steps of multi-step workflows; empty otherwise.
             * @example
             */
            dag_tasks?: string;
            /**
             * Format: date-time
             * @description When the job was deleted; `0001-01-01T00:00:00Z` when it was not.
             * @example 0001-01-01T00:00:00Z
             */
            deleted_at?: string;
        };
        /**
         * @description A model evaluation to run. The runtime framework decides the kind: a benchmark engine
         *     (OpenCompass, EvalScope, lm-evaluation-harness) evaluates `model_id`/`model_ids` on
         *     `datasets` or `custom_datasets`; a `claw-eval` framework runs an agent evaluation against an
         *     OpenAI-compatible endpoint and needs `task_name`, `model` (or `model_id`) and `base_url`.
         */
        EvaluationCreateRequest: {
            /**
             * @description Name of the job; it passes the service's sensitive-content check. Required for claw-eval.
             * @example wukong-ceval
             */
            task_name?: string;
            /**
             * @description Description of the job; it passes the service's sensitive-content check.
             * @example C-Eval on the 1B base model
             */
            task_desc?: string;
            /**
             * Format: int64
             * @description Id of an enabled evaluation runtime framework (`deploy_type` 4).
             * @example 21
             */
            runtime_framework_id: number;
            /**
             * Format: int64
             * @description Id of the hardware offer to run on; GPU frameworks need an offer with accelerators.
             * @example 12
             */
            resource_id: number;
            /**
             * @description User or organization that owns (and pays for) the job; the caller when absent. The caller needs write access to it.
             * @example OpenCSG
             */
            owner_namespace?: string;
            /**
             * @description Path of the model to evaluate, `namespace/name`.
             * @example OpenCSG/csg-wukong-1B
             */
            model_id?: string;
            /** @description Paths of further models to evaluate side by side, `namespace/name`. */
            model_ids?: string[];
            /** @description Benchmark datasets on the hub, `namespace/name`; ignored when `custom_datasets` is given. */
            datasets?: string[];
            /** @description Your own evaluation datasets on the hub, `namespace/name`, used instead of `datasets`. */
            custom_datasets?: string[];
            /**
             * @deprecated
             * @description No longer supported; the job always runs on `resource_id`.
             * @example false
             */
            share_mode?: boolean;
            /**
             * @description claw-eval command to run; `batch` when absent.
             * @example batch
             */
            command?: string;
            /**
             * @description claw-eval only — model name to call at `base_url`.
             * @example csg-wukong-chat
             */
            model?: string;
            /**
             * @description claw-eval only — base URL of the OpenAI-compatible endpoint under test.
             * @example https://hub.opencsg.com/v1
             */
            base_url?: string;
            /**
             * @description claw-eval only — API key for `base_url`; the service supplies one for its own gateway when absent.
             * @example sk-xxxxxxxxxxxxxxxx
             */
            api_key?: string;
            /**
             * @description claw-eval only — configuration file content or name.
             * @example
             */
            config?: string;
            /**
             * @description claw-eval only — tasks to run, comma-separated.
             * @example coding,browsing
             */
            tasks?: string;
            /**
             * @description claw-eval only — trials per task.
             * @example 3
             */
            trials?: number;
            /**
             * @description claw-eval only — tasks run at the same time.
             * @example 4
             */
            parallel?: number;
            /**
             * @description claw-eval only — model that grades the answers.
             * @example Qwen/Qwen3-32B
             */
            judge_model?: string;
            /**
             * @description claw-eval only — skip grading by a judge model.
             * @example false
             */
            no_judge?: boolean;
            /**
             * @description claw-eval only — directory to write traces to.
             * @example
             */
            trace_dir?: string;
            /**
             * @description claw-eval only — HTTP proxy for the runs.
             * @example
             */
            proxy?: string;
        };
        /** @description An evaluation job that was just submitted. */
        EvaluationJob: {
            /**
             * Format: int64
             * @description Evaluation id; use it to read or delete the evaluation.
             * @example 318
             */
            id?: number;
            /** @description Paths of the models evaluated. */
            repo_ids?: string[];
            /**
             * @description Kind of repository in `repo_ids`.
             * @example model
             */
            repo_type?: string;
            /**
             * @description User or organization that owns the job.
             * @example OpenCSG
             */
            username?: string;
            /**
             * @description Name of the job.
             * @example wukong-ceval
             */
            task_name?: string;
            /**
             * @description Kubernetes namespace of the workflow.
             * @example workflows
             */
            namespace?: string;
            /**
             * @description Generated id of the job, also its workflow name.
             * @example 1n5t0a8ktcjk0
             */
            task_id?: string;
            task_type?: components["schemas"]["EvaluationTaskType"];
            /**
             * @description Description of the job.
             * @example C-Eval on the 1B base model
             */
            task_desc?: string;
            /** @description Datasets evaluated on, by their origin paths. */
            datasets?: string[];
            /**
             * Format: int64
             * @description Id of the hardware offer the job runs on.
             * @example 12
             */
            resource_id?: number;
            /**
             * @description Name of that hardware offer.
             * @example NVIDIA A10 · 1 GPU · 8 vCPU · 31 GiB
             */
            resource_name?: string;
            status?: components["schemas"]["EvaluationStatus"];
            /**
             * @description Reason for the status, on failures.
             * @example
             */
            reason?: string;
            /**
             * @description Container image the job runs.
             * @example opencsghq/opencompass:0.4.2
             */
            image?: string;
            /**
             * Format: date-time
             * @description When the job was submitted.
             * @example 2026-06-20T10:02:17.000+08:00
             */
            submit_time?: string;
            /**
             * Format: date-time
             * @description When the job started; `0001-01-01T00:00:00Z` before it starts.
             * @example 0001-01-01T00:00:00Z
             */
            start_time?: string;
            /**
             * Format: date-time
             * @description When the job ended; `0001-01-01T00:00:00Z` while it has not.
             * @example 0001-01-01T00:00:00Z
             */
            end_time?: string;
            /**
             * @description URL of the result summary; empty until the job succeeds.
             * @example
             */
            result_url?: string;
            /**
             * @description URL of the full results archive; empty until the job succeeds.
             * @example
             */
            download_url?: string;
            /**
             * @description URL of the failed-case report, when there is one.
             * @example
             */
            failures_url?: string;
            /**
             * @description How the hardware is billed.
             * @example minute
             * @enum {string}
             */
            pay_mode?: "free" | "minute" | "month" | "year";
        };
        /** @description A dataset an evaluation ran on, with its tags. */
        EvaluationDataset: {
            /**
             * @description Dataset path on the hub, or its origin path when the dataset is no longer found.
             * @example OpenCSG/ceval-exam
             */
            repo_id?: string;
            /** @description Tags of the dataset (task, language, …); `null` when it is not found. */
            tags?: components["schemas"]["RepoTag"][] | null;
            /**
             * @description Present and `true` when the dataset has been deleted from the hub.
             * @example true
             */
            deleted?: boolean;
        };
        /**
         * @description Score summary of a claw-eval run. Besides the fields below it carries `pass_hat_<k>` and
         *     `pass_at_<k>`, where `<k>` is `trials_per_task` (1 when unset).
         */
        EvaluationSummary: {
            /**
             * @description Tasks run.
             * @example 40
             */
            tasks?: number;
            /**
             * @description Trials per task.
             * @example 3
             */
            trials_per_task?: number;
            /**
             * @description Trials that ended in an error.
             * @example 2
             */
            errored?: number;
            /**
             * @description Average score over all trials, from 0 to 1.
             * @example 0.61
             */
            avg_score?: number;
            /**
             * @description Prompt tokens used.
             * @example 1834201
             */
            input_tokens?: number;
            /**
             * @description Completion tokens used.
             * @example 402377
             */
            output_tokens?: number;
            /**
             * @description Prompt and completion tokens used.
             * @example 2236578
             */
            total_tokens?: number;
        } & {
            [key: string]: number;
        };
        /** @description A model evaluation with its state and, once it has succeeded, where its results are. */
        Evaluation: {
            /**
             * Format: int64
             * @description Evaluation id.
             * @example 318
             */
            id?: number;
            /** @description Paths of the models evaluated. */
            repo_ids?: string[];
            /**
             * @description Kind of repository in `repo_ids`.
             * @example model
             */
            repo_type?: string;
            /**
             * @description User or organization that owns the evaluation.
             * @example OpenCSG
             */
            username?: string;
            /**
             * @description Name of the evaluation.
             * @example wukong-ceval
             */
            task_name?: string;
            /**
             * @description Generated id of the job, also its workflow name.
             * @example 1n5t0a8ktcjk0
             */
            task_id?: string;
            task_type?: components["schemas"]["EvaluationTaskType"];
            /**
             * @description Description of the evaluation.
             * @example C-Eval on the 1B base model
             */
            task_desc?: string;
            /** @description Datasets evaluated on, with their tags. */
            datasets?: components["schemas"]["EvaluationDataset"][];
            /**
             * Format: int64
             * @description Id of the hardware offer the job ran on.
             * @example 12
             */
            resource_id?: number;
            /**
             * @description Name of that hardware offer.
             * @example NVIDIA A10 · 1 GPU · 8 vCPU · 31 GiB
             */
            resource_name?: string;
            status?: components["schemas"]["EvaluationStatus"];
            /**
             * @description Reason for the status, on failures.
             * @example OOMKilled: container exceeded its memory limit
             */
            reason?: string;
            /**
             * @description Container image the job ran.
             * @example opencsghq/opencompass:0.4.2
             */
            image?: string;
            /**
             * Format: date-time
             * @description When the job was submitted.
             * @example 2026-06-20T10:02:17.000+08:00
             */
            submit_time?: string;
            /**
             * Format: date-time
             * @description When the job started; `0001-01-01T00:00:00Z` before it starts.
             * @example 2026-06-20T10:03:40.000+08:00
             */
            start_time?: string;
            /**
             * Format: date-time
             * @description When the job ended; `0001-01-01T00:00:00Z` while it runs.
             * @example 2026-06-20T10:41:05.000+08:00
             */
            end_time?: string;
            /**
             * @description URL of the result summary (JSON with scores per dataset); empty until the job succeeds.
             * @example https://opencsg-public.oss-cn-beijing.aliyuncs.com/evaluation/1n5t0a8ktcjk0/summary.json
             */
            result_url?: string;
            /**
             * @description URL of the full results archive; empty until the job succeeds.
             * @example https://opencsg-public.oss-cn-beijing.aliyuncs.com/evaluation/1n5t0a8ktcjk0/results.zip
             */
            download_url?: string;
            /**
             * @description URL of the failed-case report, when there is one.
             * @example
             */
            failures_url?: string;
            summary?: components["schemas"]["EvaluationSummary"];
        };
        /** @description A piece of text inside a message's `content` array. */
        ChatTextPart: {
            /**
             * @description Kind of part; always `text`.
             * @example text
             * @enum {string}
             */
            type: "text";
            /**
             * @description The text itself.
             * @example Summarise the README of OpenCSG/csg-wukong-1B in two sentences.
             */
            text: string;
        };
        /**
         * @description Instructions that steer the model. `developer` is OpenAI's newer name for the same role; the
         *     gateway passes either on, and older backends may only understand `system`.
         */
        ChatSystemMessage: {
            /**
             * @description Author of the message.
             * @example system
             * @enum {string}
             */
            role: "system" | "developer";
            /** @description The instructions, as one string or as text parts. */
            content: string | components["schemas"]["ChatTextPart"][];
            /**
             * @description Optional name of the author, to tell several participants apart.
             * @example hub-assistant
             */
            name?: string;
        };
        /** @description An image inside a user message, for vision models. */
        ChatImagePart: {
            /**
             * @description Kind of part; always `image_url`.
             * @example image_url
             * @enum {string}
             */
            type: "image_url";
            /** @description Where the image is and how closely to look at it. */
            image_url: {
                /**
                 * @description An `https` URL of the image, or the image inline as a `data:image/...;base64,` URL.
                 * @example https://opencsg.com/images/wukong-architecture.png
                 */
                url: string;
                /**
                 * @description Resolution the model should use; `auto` lets the backend choose.
                 * @example auto
                 * @enum {string}
                 */
                detail?: "auto" | "low" | "high";
            };
        };
        /** @description A clip of audio inside a user message, for audio-capable models. */
        ChatAudioPart: {
            /**
             * @description Kind of part; always `input_audio`.
             * @example input_audio
             * @enum {string}
             */
            type: "input_audio";
            /** @description The audio data and its encoding. */
            input_audio: {
                /**
                 * @description The audio file, base64-encoded.
                 * @example UklGRiQAAABXQVZFZm10IBAAAAABAAEAQB8AAIA+AAACABAAZGF0YQAAAAA=
                 */
                data: string;
                /**
                 * @description Encoding of `data`.
                 * @example wav
                 * @enum {string}
                 */
                format: "wav" | "mp3";
            };
        };
        /** @description A document inside a user message, for models that read files. */
        ChatFilePart: {
            /**
             * @description Kind of part; always `file`.
             * @example file
             * @enum {string}
             */
            type: "file";
            /** @description The file, inline or by id; send `file_data` or `file_id`. */
            file: {
                /**
                 * @description The file content, base64-encoded (a `data:` URL).
                 * @example data:application/pdf;base64,JVBERi0xLjQKJcfsj6IK
                 */
                file_data?: string;
                /**
                 * @description Id of a file the backend already holds.
                 * @example file-6F2ksmvXxt4VdoqmHRw6kL
                 */
                file_id?: string;
                /**
                 * @description Name of the file, shown to the model.
                 * @example wukong-report.pdf
                 */
                filename?: string;
            };
        };
        /** @description One part of a user message's content — text, image, audio or file, told apart by `type`. */
        ChatUserContentPart: components["schemas"]["ChatTextPart"] | components["schemas"]["ChatImagePart"] | components["schemas"]["ChatAudioPart"] | components["schemas"]["ChatFilePart"];
        /** @description What the user says; may mix text with images, audio or files on models that accept them. */
        ChatUserMessage: {
            /**
             * @description Author of the message; always `user`.
             * @example user
             * @enum {string}
             */
            role: "user";
            /** @description The message, as one string or as a list of parts. */
            content: string | components["schemas"]["ChatUserContentPart"][];
            /**
             * @description Optional name of the user, to tell several participants apart.
             * @example alice
             */
            name?: string;
        };
        /** @description A call the model asks the caller to make to one of the tools it was given. */
        ChatToolCall: {
            /**
             * @description Id of the call; answer it with a `tool` message carrying the same `tool_call_id`.
             * @example call_8f2c1a7d4e
             */
            id: string;
            /**
             * @description Kind of tool called; `function` for function tools, `custom` for custom tools.
             * @example function
             * @enum {string}
             */
            type: "function" | "custom";
            /** @description The function call, when `type` is `function`. */
            function?: {
                /**
                 * @description Name of the function to call.
                 * @example get_repo_info
                 */
                name: string;
                /**
                 * @description Arguments as a JSON-encoded object, as generated by the model; validate before use.
                 * @example {"namespace":"OpenCSG","name":"csg-wukong-1B"}
                 */
                arguments: string;
            };
            /** @description The custom tool call, when `type` is `custom`. */
            custom?: {
                /**
                 * @description Name of the custom tool to call.
                 * @example run_sql
                 */
                name: string;
                /**
                 * @description Free-form input generated by the model for the tool.
                 * @example SELECT count(*) FROM models
                 */
                input: string;
            };
        };
        /**
         * @description An earlier answer of the model, sent back as conversation history — including any tool calls
         *     it made.
         */
        ChatAssistantMessage: {
            /**
             * @description Author of the message; always `assistant`.
             * @example assistant
             * @enum {string}
             */
            role: "assistant";
            /** @description What the model said; `null` or absent when it only called tools. */
            content?: string | (components["schemas"]["ChatTextPart"] | {
                /**
                 * @description Kind of part; always `refusal`.
                 * @example refusal
                 * @enum {string}
                 */
                type: "refusal";
                /**
                 * @description The refusal text.
                 * @example I can't help with that request.
                 */
                refusal: string;
            })[] | null;
            /**
             * @description A refusal the model gave instead of an answer.
             * @example null
             */
            refusal?: string | null;
            /**
             * @description Optional name of the assistant, to tell several participants apart.
             * @example wukong
             */
            name?: string;
            /** @description Tool calls the model made in that turn. */
            tool_calls?: components["schemas"]["ChatToolCall"][];
        };
        /** @description The result of a tool call, sent back so the model can use it. */
        ChatToolMessage: {
            /**
             * @description Author of the message; always `tool`.
             * @example tool
             * @enum {string}
             */
            role: "tool";
            /** @description What the tool returned, as one string or as text parts. */
            content: string | components["schemas"]["ChatTextPart"][];
            /**
             * @description Id of the tool call this message answers.
             * @example call_8f2c1a7d4e
             */
            tool_call_id: string;
        };
        /** @description One message of the conversation, told apart by `role`. */
        ChatMessage: components["schemas"]["ChatSystemMessage"] | components["schemas"]["ChatUserMessage"] | components["schemas"]["ChatAssistantMessage"] | components["schemas"]["ChatToolMessage"];
        /**
         * @description A tool the model may call: a function described by a JSON Schema, or a custom tool that takes
         *     free-form text. Whether the model actually calls tools depends on the backend; see the model's
         *     `support_function_call`.
         */
        ChatTool: {
            /**
             * @description Kind of tool.
             * @example function
             * @enum {string}
             */
            type: "function" | "custom";
            /** @description The function, when `type` is `function`. */
            function?: {
                /**
                 * @description Name the model uses to call the function; OpenAI allows letters, digits, `_` and `-`, up to 64 characters.
                 * @example get_repo_info
                 */
                name: string;
                /**
                 * @description What the function does, so the model knows when to call it.
                 * @example Look up downloads, likes and license of a CSGHub model repository.
                 */
                description?: string;
                /** @description JSON Schema of the function's arguments object. */
                parameters?: {
                    [key: string]: unknown;
                };
                /**
                 * @description Whether the backend must make the arguments follow `parameters` exactly.
                 * @example false
                 */
                strict?: boolean | null;
            };
            /** @description The custom tool, when `type` is `custom`. */
            custom?: {
                /**
                 * @description Name the model uses to call the tool.
                 * @example run_sql
                 */
                name: string;
                /**
                 * @description What the tool does, so the model knows when to call it.
                 * @example Run a read-only SQL query against the hub's statistics database.
                 */
                description?: string;
                /** @description Constraint on the input text (`{"type":"text"}` or a grammar), as OpenAI defines it. */
                format?: {
                    [key: string]: unknown;
                };
            };
        };
        /**
         * @description Whether and which tool the model must call: `none` (answer in text), `auto` (the model decides;
         *     the default when `tools` are given), `required` (call at least one tool), or an object naming
         *     one tool or restricting the model to a subset.
         */
        ChatToolChoice: ("none" | "auto" | "required") | {
            /**
             * @description What the object selects.
             * @example function
             * @enum {string}
             */
            type: "function" | "custom" | "allowed_tools";
            /** @description The function to call, when `type` is `function`. */
            function?: {
                /**
                 * @description Name of the function.
                 * @example get_repo_info
                 */
                name: string;
            };
            /** @description The custom tool to call, when `type` is `custom`. */
            custom?: {
                /**
                 * @description Name of the custom tool.
                 * @example run_sql
                 */
                name: string;
            };
            /** @description The subset of tools allowed, when `type` is `allowed_tools`. */
            allowed_tools?: {
                /**
                 * @description `auto` lets the model pick among the subset or answer in text; `required` makes it call one.
                 * @example auto
                 * @enum {string}
                 */
                mode: "auto" | "required";
                /** @description Tool references such as `{"type":"function","function":{"name":"get_repo_info"}}`. */
                tools: {
                    [key: string]: unknown;
                }[];
            };
        };
        /**
         * @description An OpenAI-style chat completion request. The gateway reads `model` to pick the backend, checks
         *     `messages` for sensitive content where moderation is on, and forwards the body with `model`
         *     replaced by the backend's own model name. Fields it does not know (`n`, `logprobs`,
         *     `response_format`, `max_completion_tokens`, backend-specific options, …) are passed through
         *     unchanged; whether they work depends on the backend. `temperature`, `top_p` and `max_tokens`
         *     equal to `0` are dropped before forwarding, so the backend's default applies.
         */
        ChatCompletionRequest: {
            /**
             * @description Id of the model, as listed by `GET /v1/models`: a repository path for serverless models
             *     (`Qwen/Qwen2.5-7B-Instruct`), `<repo-name>:<deploy-id>` for your dedicated endpoints, or
             *     the name of an external model.
             * @example Qwen/Qwen2.5-7B-Instruct
             */
            model: string;
            /** @description The conversation so far, oldest first. */
            messages: components["schemas"]["ChatMessage"][];
            /**
             * @description Sampling temperature; higher is more random. `0` is dropped (backend default).
             * @example 0.7
             */
            temperature?: number;
            /**
             * @description Nucleus sampling — only tokens within this cumulative probability are considered. `0` is dropped.
             * @example 0.9
             */
            top_p?: number;
            /**
             * @description Most tokens to generate in the answer. `0` is dropped (backend default).
             * @example 512
             */
            max_tokens?: number;
            /**
             * @description `true` answers as server-sent events (`text/event-stream`), one `data:` line per chunk,
             *     ending with `data: [DONE]`; `false` answers one JSON object.
             * @default false
             * @example false
             */
            stream?: boolean;
            /** @description Options of a streamed answer. */
            stream_options?: {
                /**
                 * @description Whether a last chunk carries the token usage. The gateway sets it to `true` on every
                 *     streamed request (it bills from it), except for CPU-only vLLM deployments.
                 * @example true
                 */
                include_usage?: boolean;
            };
            /** @description Up to 4 sequences at which generation stops; passed through to the backend. */
            stop?: string | string[];
            /**
             * @description Seed for reproducible sampling, where the backend supports it; passed through.
             * @example 42
             */
            seed?: number;
            /**
             * @description Penalty, from -2 to 2, on tokens that already appeared; passed through.
             * @example 0
             */
            presence_penalty?: number;
            /**
             * @description Penalty, from -2 to 2, growing with how often a token already appeared; passed through.
             * @example 0
             */
            frequency_penalty?: number;
            /** @description Tools the model may call. */
            tools?: components["schemas"]["ChatTool"][];
            tool_choice?: components["schemas"]["ChatToolChoice"];
        } & {
            [key: string]: unknown;
        };
        /** @description The message the model generated. */
        ChatResponseMessage: {
            /**
             * @description Author of the message; always `assistant`.
             * @example assistant
             * @enum {string}
             */
            role: "assistant";
            /**
             * @description The answer text; `null` when the model only called tools.
             * @example csg-wukong-1B is a 1B-parameter language model released by OpenCSG.
             */
            content?: string | null;
            /**
             * @description The model's visible reasoning, from reasoning models served by vLLM or SGLang (DeepSeek-R1, QwQ, …).
             * @example null
             */
            reasoning_content?: string | null;
            /**
             * @description A refusal the model gave instead of an answer.
             * @example null
             */
            refusal?: string | null;
            /** @description Tool calls the model made; answer each with a `tool` message. */
            tool_calls?: components["schemas"]["ChatToolCall"][] | null;
        };
        /**
         * @description Why the model stopped: `stop` (natural end or a stop sequence), `length` (hit `max_tokens` or
         *     the context limit), `tool_calls` (it called tools), `content_filter` (the backend filtered the
         *     output), `function_call` (legacy function calling), or `sensitive` (the gateway's moderation
         *     blocked the prompt or the answer). `null` on stream chunks before the last one.
         * @example stop
         * @enum {string|null}
         */
        ChatFinishReason: "stop" | "length" | "tool_calls" | "content_filter" | "function_call" | "sensitive" | null;
        /** @description One generated answer. */
        ChatCompletionChoice: {
            /**
             * @description Position of this choice, from 0 (more than one only with `n` > 1).
             * @example 0
             */
            index: number;
            message: components["schemas"]["ChatResponseMessage"];
            finish_reason: components["schemas"]["ChatFinishReason"];
            /** @description Log probabilities of the answer's tokens, when `logprobs` was requested. */
            logprobs?: {
                [key: string]: unknown;
            } | null;
        };
        /** @description Tokens used by the request, as counted by the backend; this is what the hub bills. */
        ChatUsage: {
            /**
             * @description Tokens in the prompt (all messages and tool definitions).
             * @example 36
             */
            prompt_tokens: number;
            /**
             * @description Tokens generated in the answer, reasoning included.
             * @example 18
             */
            completion_tokens: number;
            /**
             * @description Sum of prompt and completion tokens.
             * @example 54
             */
            total_tokens: number;
            /** @description Breakdown of the prompt tokens, where the backend reports one. */
            prompt_tokens_details?: {
                /**
                 * @description Prompt tokens served from the backend's prefix cache.
                 * @example 0
                 */
                cached_tokens?: number;
                /**
                 * @description Prompt tokens that came from audio input.
                 * @example 0
                 */
                audio_tokens?: number;
            } | null;
            /** @description Breakdown of the completion tokens, where the backend reports one. */
            completion_tokens_details?: {
                /**
                 * @description Completion tokens spent on hidden reasoning.
                 * @example 0
                 */
                reasoning_tokens?: number;
                /**
                 * @description Completion tokens of generated audio.
                 * @example 0
                 */
                audio_tokens?: number;
                /**
                 * @description Tokens of a supplied prediction that appeared in the answer.
                 * @example 0
                 */
                accepted_prediction_tokens?: number;
                /**
                 * @description Tokens of a supplied prediction that did not appear in the answer.
                 * @example 0
                 */
                rejected_prediction_tokens?: number;
            } | null;
        };
        /** @description A complete, non-streamed chat answer, as the backend produced it. */
        ChatCompletion: {
            /**
             * @description Id of the completion, assigned by the backend.
             * @example chatcmpl-3f9c2b7e41d04a8e9b5c6d7e8f901234
             */
            id: string;
            /**
             * @description Kind of object; always `chat.completion`.
             * @example chat.completion
             * @enum {string}
             */
            object: "chat.completion";
            /**
             * @description When the completion was created, in Unix epoch seconds.
             * @example 1755504000
             */
            created: number;
            /**
             * @description Model name as the backend knows it (may differ from the id you sent).
             * @example Qwen/Qwen2.5-7B-Instruct
             */
            model: string;
            /** @description The generated answers; one unless `n` was set. */
            choices: components["schemas"]["ChatCompletionChoice"][];
            usage?: components["schemas"]["ChatUsage"];
            /**
             * @description Backend configuration fingerprint, where the backend reports one.
             * @example null
             */
            system_fingerprint?: string | null;
            /**
             * @description Service tier that handled the request, where the backend reports one.
             * @example null
             */
            service_tier?: string | null;
        };
        /** @description The part of one answer carried by one stream chunk. */
        ChatChunkChoice: {
            /**
             * @description Which answer this piece belongs to, from 0.
             * @example 0
             */
            index: number;
            /** @description What was added to the answer since the previous chunk; concatenate the pieces. */
            delta: {
                /**
                 * @description `assistant`, on the first chunk only.
                 * @example assistant
                 */
                role?: string;
                /**
                 * @description Next piece of the answer text.
                 * @example csg-wukong-1B
                 */
                content?: string | null;
                /**
                 * @description Next piece of the visible reasoning, from reasoning models.
                 * @example null
                 */
                reasoning_content?: string | null;
                /**
                 * @description Next piece of a refusal.
                 * @example null
                 */
                refusal?: string | null;
                /** @description Pieces of tool calls; join `arguments` of pieces with the same `index`. */
                tool_calls?: {
                    /**
                     * @description Which tool call of this answer the piece belongs to.
                     * @example 0
                     */
                    index: number;
                    /**
                     * @description Id of the tool call, on its first piece.
                     * @example call_8f2c1a7d4e
                     */
                    id?: string;
                    /**
                     * @description Kind of tool called, on its first piece.
                     * @example function
                     * @enum {string}
                     */
                    type?: "function";
                    /** @description Name (first piece) and the next part of the arguments. */
                    function?: {
                        /**
                         * @description Name of the function, on the first piece.
                         * @example get_repo_info
                         */
                        name?: string;
                        /**
                         * @description Next part of the JSON-encoded arguments.
                         * @example {"namespace":
                         */
                        arguments?: string;
                    };
                }[] | null;
            };
            finish_reason?: components["schemas"]["ChatFinishReason"];
            /** @description Log probabilities of this chunk's tokens, when `logprobs` was requested. */
            logprobs?: {
                [key: string]: unknown;
            } | null;
        };
        /**
         * @description One event of a streamed chat answer (the JSON after `data: `). Every chunk of a stream has the
         *     same `id`, `created` and `model`. The last chunk before `data: [DONE]` has empty `choices` and
         *     carries `usage`. The same shape, with `finish_reason: sensitive`, is what the gateway answers
         *     when moderation blocks the prompt.
         */
        ChatCompletionChunk: {
            /**
             * @description Id of the completion, the same on every chunk; empty on a blocked prompt.
             * @example chatcmpl-3f9c2b7e41d04a8e9b5c6d7e8f901234
             */
            id: string;
            /**
             * @description Kind of object; `chat.completion.chunk` from the backend, `chat.completion` on a blocked prompt.
             * @example chat.completion.chunk
             * @enum {string}
             */
            object: "chat.completion.chunk" | "chat.completion";
            /**
             * @description When the completion was created, in Unix epoch seconds; `0` on a blocked prompt.
             * @example 1755504000
             */
            created?: number;
            /**
             * @description Model name as the backend knows it; empty on a blocked prompt.
             * @example Qwen/Qwen2.5-7B-Instruct
             */
            model?: string;
            /** @description Pieces of the answers; empty on the final usage chunk. */
            choices: components["schemas"]["ChatChunkChoice"][];
            /** @description Token usage; set on the final chunk, `null` or absent on the others. */
            usage?: components["schemas"]["ChatUsage"] | null;
            /**
             * @description Backend configuration fingerprint, where the backend reports one.
             * @example null
             */
            system_fingerprint?: string | null;
            /**
             * @description Service tier that handled the request, where the backend reports one.
             * @example null
             */
            service_tier?: string | null;
        };
        /**
         * @description What went wrong, in OpenAI's error shape. The gateway's own errors always carry `code`,
         *     `message` and `type`; `param` is present (empty) on model-resolution and list-filter errors.
         */
        GatewayErrorDetail: {
            /**
             * @description Machine-readable reason, such as `model_not_found`, `model_not_running`,
             *     `model_unavailable`, `model_price_not_configured`, `insufficient_balance`,
             *     `rate_limit_exceeded`, `invalid_request_error` or `internal_error`.
             * @example model_not_found
             */
            code?: string;
            /**
             * @description Human-readable explanation of the failure.
             * @example model 'Qwen/Qwen2.5-7B-Instruct' not found
             */
            message: string;
            /**
             * @description Name of the request field at fault; empty when the gateway does not name one.
             * @example
             */
            param?: string | null;
            /**
             * @description Error class: `invalid_request_error`, `rate_limit_error`, `insufficient_balance`,
             *     `service_unavailable_error`, `server_error` or `internal_error`.
             * @example invalid_request_error
             */
            type?: string;
        };
        /**
         * @description The AI gateway's error body, modelled on OpenAI's: a single `error` member. The gateway's own
         *     checks put an object there; a few request-body checks of `POST /v1/embeddings` put a plain
         *     string. Errors raised by the serving backend (vLLM, TGI, an external provider) before any
         *     output was sent are relayed unchanged and may use that backend's own shape.
         */
        GatewayError: {
            /** @description The failure, as an OpenAI-style error object or, on some body checks, a plain message. */
            error: components["schemas"]["GatewayErrorDetail"] | string;
        };
        /**
         * @description An OpenAI-style embeddings request. The gateway checks that `model` and `input` are not empty,
         *     resolves the model and forwards the body with `model` replaced by the backend's own model
         *     name; other fields are passed through unchanged.
         */
        EmbeddingRequest: {
            /**
             * @description Id of an embedding model, as listed by `GET /v1/models` (task `feature-extraction` or `sentence-similarity`).
             * @example BAAI/bge-m3
             */
            model: string;
            /** @description Text to embed — one string, several strings, or already tokenised input; must not be empty. */
            input: string | string[] | number[] | number[][];
            /**
             * @description How vectors are returned — JSON numbers (`float`) or little-endian float32 bytes in base64 (`base64`).
             * @default float
             * @example float
             * @enum {string}
             */
            encoding_format?: "float" | "base64";
            /**
             * @description Length to truncate vectors to, for models that support it (Matryoshka embeddings).
             * @example 1024
             */
            dimensions?: number;
            /**
             * @description Your identifier of the end user, passed to the backend.
             * @example user-7f3a
             */
            user?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description The vector of one input. */
        Embedding: {
            /**
             * @description Kind of object; always `embedding`.
             * @example embedding
             * @enum {string}
             */
            object: "embedding";
            /**
             * @description Position of the input this vector belongs to, from 0.
             * @example 0
             */
            index: number;
            /** @description The vector — numbers with `encoding_format` `float`, a base64 string with `base64`. */
            embedding: number[] | string;
        };
        /** @description Tokens read by the request; this is what the hub bills. */
        EmbeddingUsage: {
            /**
             * @description Tokens in all inputs.
             * @example 12
             */
            prompt_tokens: number;
            /**
             * @description Total tokens; the same as `prompt_tokens` for embeddings.
             * @example 12
             */
            total_tokens: number;
        };
        /** @description The embeddings of all inputs, in input order, as the backend produced them. */
        EmbeddingList: {
            /**
             * @description Kind of object; always `list`.
             * @example list
             * @enum {string}
             */
            object: "list";
            /** @description One vector per input. */
            data: components["schemas"]["Embedding"][];
            /**
             * @description Model name as the backend knows it.
             * @example BAAI/bge-m3
             */
            model: string;
            usage?: components["schemas"]["EmbeddingUsage"];
        };
        /**
         * @description Extra facts about the model. The gateway always sets `llm_type`; `repo_path` when the model is
         *     linked to a CSGHub model repository. External models also carry whatever metadata the hub's
         *     administrators configured (such as `tasks`), and hubs with billing add `pricing`.
         */
        GatewayModelMetadata: {
            /**
             * @description Where the model runs: `serverless` (a shared deployment run by the hub), `inference` (a
             *     dedicated endpoint deployed by a user or organisation) or `external_llm` (a provider the
             *     gateway proxies to).
             * @example serverless
             * @enum {string}
             */
            llm_type: "serverless" | "inference" | "external_llm";
            /**
             * @description Path (`namespace/name`) of the CSGHub model repository the model comes from.
             * @example Qwen/Qwen2.5-7B-Instruct
             */
            repo_path?: string;
            /** @description Tasks of an external model, as configured by the administrators. */
            tasks?: string[];
            /** @description Prices per million tokens or per generated unit, on hubs with billing. */
            pricing?: {
                [key: string]: unknown;
            };
            /**
             * @description Whether a price is configured for the model, on hubs with billing.
             * @example true
             */
            pricing_configured?: boolean;
        } & {
            [key: string]: unknown;
        };
        /** @description Whether the gateway can route to the model right now, judged from its backends' health checks and circuit breakers. */
        GatewayModelAvailability: {
            /**
             * @description `true` when at least one backend endpoint is usable (or the model has a single fixed endpoint).
             * @example true
             */
            is_available: boolean;
            /**
             * @description Result of the latest health checks, when reported.
             * @example healthy
             * @enum {string}
             */
            health_state?: "unknown" | "healthy" | "degraded" | "unhealthy";
            /**
             * @description State of the circuit breaker, when reported; `open` means requests are held back.
             * @example closed
             * @enum {string}
             */
            circuit_state?: "unknown" | "closed" | "open" | "half_open";
            /**
             * @description Why the model is unavailable, when it is.
             * @example all upstreams unavailable
             */
            reason?: string;
        };
        /** @description A model the AI gateway can serve, in OpenAI's model shape plus CSGHub facts. */
        GatewayModel: {
            /**
             * @description Id to send as `model`: a repository path for serverless models (may contain `/`),
             *     `<repo-name>:<deploy-id>` for dedicated endpoints, or the provider's name for external
             *     models.
             * @example Qwen/Qwen2.5-7B-Instruct
             */
            id: string;
            /**
             * @description Kind of object; always `model`.
             * @example model
             * @enum {string}
             */
            object: "model";
            /**
             * @description When the deployment was created, in Unix epoch seconds; `0` for external models.
             * @example 1747900800
             */
            created: number;
            /**
             * @description `OpenCSG` for serverless models, the deploying user for dedicated endpoints, the provider for external models.
             * @example OpenCSG
             */
            owned_by: string;
            /**
             * @description What the model does, such as `text-generation` or `feature-extraction`; several tasks are comma-separated.
             * @example text-generation
             */
            task: string;
            /**
             * @description Present and `true` when the deployment has tool calling enabled.
             * @example true
             */
            support_function_call?: boolean;
            /**
             * @description Whether the caller pinned the model in their preferences (hubs with preferences only).
             * @example false
             */
            is_pinned?: boolean;
            metadata: components["schemas"]["GatewayModelMetadata"];
            availability?: components["schemas"]["GatewayModelAvailability"];
        };
        /**
         * @description Models the gateway can serve to the caller: running serverless deployments, the caller's own
         *     (and their organisations') dedicated endpoints, and enabled external models. Without `per`
         *     and `page`, all of them in one list.
         */
        GatewayModelList: {
            /**
             * @description Kind of object; always `list`.
             * @example list
             * @enum {string}
             */
            object: "list";
            /** @description The models of this page. */
            data: components["schemas"]["GatewayModel"][];
            /**
             * @description Id of the first model of this page; absent when the page is empty.
             * @example deepseek-ai/DeepSeek-V3
             */
            first_id?: string;
            /**
             * @description Id of the last model of this page; absent when the page is empty.
             * @example BAAI/bge-m3
             */
            last_id?: string;
            /**
             * @description Whether later pages hold more models.
             * @example false
             */
            has_more: boolean;
            /**
             * @description Number of models matching the filters, over all pages.
             * @example 3
             */
            total_count: number;
        };
        /** @description A recommended MCP server that agents can connect to through its URL. */
        McpResource: {
            /**
             * @description Id of the resource.
             * @example 12
             */
            id: number;
            /**
             * @description Display name of the MCP server.
             * @example CSGHub Search
             */
            name: string;
            /**
             * @description What the server offers.
             * @example Search models, datasets and spaces on OpenCSG's hub.
             */
            description?: string;
            /**
             * @description Who provides the server.
             * @example OpenCSG
             */
            owner?: string;
            /**
             * @description URL of the server's icon.
             * @example https://opencsg.com/images/mcp/csghub-search.png
             */
            avatar?: string;
            /**
             * @description Endpoint to connect an MCP client to.
             * @example https://mcp.opencsg.com/csghub-search/mcp
             */
            url: string;
            /**
             * @description MCP transport the endpoint speaks — `sse` or `streamable` (streamable HTTP).
             * @example streamable
             */
            protocol: string;
            /** @description HTTP headers to send when connecting; values may be placeholders the user must fill in. */
            headers?: {
                [key: string]: unknown;
            } | null;
            /**
             * @description `true` when the headers must be filled in (for example with your own key) before use.
             * @example false
             */
            need_install?: boolean;
            /**
             * Format: date-time
             * @description When the resource was added.
             * @example 2025-06-18T09:30:00+08:00
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When the resource was last changed.
             * @example 2025-07-02T14:05:12+08:00
             */
            updated_at?: string;
        };
        /**
         * @description One page of recommended MCP servers, newest first. Unlike `/api/v1` answers there is no `msg`:
         *     the body holds only `data` and `total`.
         */
        McpResourceList: {
            /** @description The resources of this page. */
            data: components["schemas"]["McpResource"][];
            /**
             * @description Number of resources over all pages.
             * @example 2
             */
            total: number;
        };
    };
    responses: {
        /** @description One page of models; the envelope's `total` counts the matches over all pages. */
        ModelList: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Envelope"] & {
                    /** @description The models of this page. */
                    data?: components["schemas"]["Model"][];
                };
            };
        };
        /** @description The request is malformed or a parameter is invalid. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description No valid token was sent where one is needed, or the token sent is invalid. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The new model, with the fields the hub fills at creation; other fields keep their zero value. */
        ModelCreated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Envelope"] & {
                    data?: components["schemas"]["Model"];
                };
            };
        };
        /** @description The token's user may not do this. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The service failed; retrying later may help. */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The model. */
        ModelDetail: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Envelope"] & {
                    data?: components["schemas"]["Model"];
                };
            };
        };
        /** @description The resource does not exist, or is private and not visible to the token's user. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The model after the change, with its main fields; read it again for the full detail. */
        ModelUpdated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Envelope"] & {
                    data?: components["schemas"]["Model"];
                };
            };
        };
        /** @description The repository, its files and its git history are gone; `data` is `null`. */
        RepoDeleted: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Envelope"] & {
                    /** @description Always `null`. */
                    data?: null;
                };
            };
        };
        /**
         * @description The entries of one directory (not recursive), directories and files mixed, each with the last
         *     commit that touched it. `data` is `null` for an empty directory. For repositories synced from
         *     another hub whose files were not pulled yet, entries carry only `name`, `path`, `size` and
         *     the commit's `message` and `committer_date`.
         */
        RepoFileTree: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Envelope"] & {
                    /** @description The directory's entries. */
                    data?: components["schemas"]["RepoFile"][] | null;
                };
            };
        };
        /**
         * @description The file with its content, base64-encoded in `content` (at most about 900 kB is read; larger
         *     files come back with `preview_code: 1` and no content). For an LFS file the content is the
         *     LFS pointer; fetch the real bytes with the download operation.
         */
        RepoFileInfo: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Envelope"] & {
                    data?: components["schemas"]["RepoFile"];
                };
            };
        };
        /**
         * @description Without `lfs=true`: the raw bytes of the file as stored in git, streamed as
         *     `application/octet-stream` with `Content-Disposition: attachment` and `Content-Length` (for
         *     an LFS file these bytes are its small pointer, not the content). With `lfs=true`: a JSON
         *     envelope whose `data` is a signed object-storage URL of the LFS content, valid for 3 days;
         *     fetch it without the hub's token. Each call counts as a download of the repository.
         */
        RepoFileDownload: {
            headers: {
                /**
                 * @description On byte answers, `attachment; filename="<last segment of the path>"`.
                 * @example attachment; filename="config.json"
                 */
                "Content-Disposition"?: string;
                /**
                 * @description Size of the body in bytes.
                 * @example 39
                 */
                "Content-Length"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/octet-stream": string;
                "application/json": components["schemas"]["Envelope"] & {
                    /**
                     * Format: uri
                     * @description Signed URL of the LFS object, valid for 259200 seconds (3 days).
                     * @example https://opencsg-lfs.oss-cn-beijing.aliyuncs.com/lfs/a4/f0/e7e96b4f6af4a1b597c2fc4a42ec9a997c64ab7da96760c40582a0ac27a5?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=259200&X-Amz-Signature=5d0c3f
                     */
                    data?: string;
                };
            };
        };
        /** @description The head commit of the ref. */
        RepoLastCommit: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Envelope"] & {
                    data?: components["schemas"]["RepoCommit"];
                };
            };
        };
        /** @description One page of the ref's commits, newest first, with the count and page count inside `data`. */
        RepoCommitList: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Envelope"] & {
                    data?: components["schemas"]["RepoCommitPage"];
                };
            };
        };
        /** @description All branches of the repository, in the order git lists them; `data` is `null` when there are none. */
        RepoBranchList: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Envelope"] & {
                    /** @description The branches. */
                    data?: components["schemas"]["RepoBranch"][] | null;
                };
            };
        };
        /** @description One page of datasets; the envelope's `total` counts the matches over all pages. */
        DatasetList: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Envelope"] & {
                    /** @description The datasets of this page. */
                    data?: components["schemas"]["Dataset"][];
                };
            };
        };
        /** @description The new dataset, with the fields the hub fills at creation; other fields keep their zero value. */
        DatasetCreated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Envelope"] & {
                    data?: components["schemas"]["Dataset"];
                };
            };
        };
        /** @description The dataset. */
        DatasetDetail: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Envelope"] & {
                    data?: components["schemas"]["Dataset"];
                };
            };
        };
        /** @description The dataset after the change, with its main fields; read it again for the full detail. */
        DatasetUpdated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Envelope"] & {
                    data?: components["schemas"]["Dataset"];
                };
            };
        };
        /** @description One page of code repositories; the envelope's `total` counts the matches over all pages. */
        CodeList: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Envelope"] & {
                    /** @description The code repositories of this page. */
                    data?: components["schemas"]["Code"][];
                };
            };
        };
        /**
         * @description The new code repository, with the fields the hub fills at creation; other fields keep their zero
         *     value.
         */
        CodeCreated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Envelope"] & {
                    data?: components["schemas"]["Code"];
                };
            };
        };
        /** @description The code repository. */
        CodeDetail: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Envelope"] & {
                    data?: components["schemas"]["Code"];
                };
            };
        };
        /** @description The code repository after the change, with its main fields; read it again for the full detail. */
        CodeUpdated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Envelope"] & {
                    data?: components["schemas"]["Code"];
                };
            };
        };
        /** @description One page of spaces; the envelope's `total` counts the matches over all pages. */
        SpaceList: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Envelope"] & {
                    /** @description The spaces of this page. */
                    data?: components["schemas"]["Space"][];
                };
            };
        };
        /** @description The new space. `status` is always empty in this answer; read the space for its run state. */
        SpaceCreated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Envelope"] & {
                    data?: components["schemas"]["Space"];
                };
            };
        };
        /** @description The space. */
        SpaceDetail: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Envelope"] & {
                    data?: components["schemas"]["Space"];
                };
            };
        };
        /** @description The space after the change, with its main fields; read it again for the full detail. */
        SpaceUpdated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Envelope"] & {
                    data?: components["schemas"]["Space"];
                };
            };
        };
        /**
         * @description One page of MCP servers. `data` is an object holding the servers and `total`; the envelope has
         *     no `total` here.
         */
        McpServerList: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Envelope"] & {
                    data?: components["schemas"]["McpServerPage"];
                };
            };
        };
        /**
         * @description The new MCP server, with the fields the hub fills at creation; other fields keep their zero
         *     value.
         */
        McpServerCreated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Envelope"] & {
                    data?: components["schemas"]["McpServer"];
                };
            };
        };
        /** @description The MCP server. */
        McpServerDetail: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Envelope"] & {
                    data?: components["schemas"]["McpServer"];
                };
            };
        };
        /** @description The MCP server after the change, with its main fields; read it again for the full detail. */
        McpServerUpdated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Envelope"] & {
                    data?: components["schemas"]["McpServer"];
                };
            };
        };
        /**
         * @description The body is not valid JSON or has a wrong type, the name breaks the naming rules, the replica
         *     counts are inconsistent, or `engine_args` is not a JSON object of strings.
         */
        DeployBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /**
         * @description The deploy could not be created. The service answers refusals found while creating (a taken
         *     name, no balance, no free hardware, an unsupported layout) with this status too; `code` tells
         *     them apart.
         */
        DeployCreateFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The model has no serverless deploy, or its containers could not be removed. */
        ServerlessDeleteFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /**
         * @description The deploy could not be changed. The service answers refusals (a deploy that must be stopped
         *     first, an unavailable cluster, a layout that does not fit) with this status too; `code` tells
         *     them apart.
         */
        DeployChangeFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /**
         * @description The deploy could not be started. The service answers refusals (a deploy that is already
         *     running, no balance, no free hardware) with this status too; `code` tells them apart.
         */
        DeployStartFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The deploy could not be stopped or deleted, or there is no deploy with this id. */
        DeployStopFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The model is still being mirrored from its source; try again once the sync has finished. */
        DeployModelSyncing: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The space cannot run because its repository has no entry file. */
        SpaceDeployBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The request body is malformed, the space name is invalid, or the text was refused by the content check. */
        McpDeployBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /**
         * @description The viewer could not answer. The viewer service reports every failure with HTTP 500,
         *     including a dataset that does not exist (`SYS-ERR-3`), a private dataset the token's user may
         *     not read (`AUTH-ERR-2`), a split without Parquet data (`DAT-ERR-2`), a previewed file not in
         *     Git LFS (`SYS-ERR-5`) and a refused `where`, `search` or `orderby`.
         */
        DatasetViewerServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description A required parameter is missing or a paging parameter is invalid. */
        DatasetViewerBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /**
         * @description No usable AI-gateway API key. These operations need `Authorization: Bearer <key>` where the key
         *     is an AI-gateway API key; a bare key, an unknown key, a regular CSGHub access token or a web
         *     session is refused. The body is CSGHub's `{msg, code}` shape, not OpenAI's, because the check
         *     runs before the OpenAI-compatible handler.
         */
        GatewayUnauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /**
         * @description The balance of the key's user or organisation cannot pay for the request. Checked before the
         *     model is called, also for streaming requests, so no stream is opened. Only on hubs with billing
         *     (the open-source edition never answers this).
         */
        GatewayPaymentRequired: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayError"];
            };
        };
        /**
         * @description The key's usage quota for the current window is spent. Streaming requests do not get this
         *     status: their event stream carries the same error object as one `data:` event followed by
         *     `data: [DONE]`.
         */
        GatewayTooManyRequests: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayError"];
            };
        };
        /**
         * @description The gateway failed. Failures while resolving the model answer in OpenAI's shape; failures while
         *     setting up the proxy answer in CSGHub's `{msg}` shape.
         */
        GatewayInternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayError"] | components["schemas"]["ErrorBody"];
            };
        };
        /**
         * @description Every backend endpoint configured for the model is currently marked unhealthy or has its
         *     circuit breaker open. Retrying after a short wait may help.
         */
        GatewayServiceUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayError"];
            };
        };
        /**
         * @description An `Authorization` header was sent but is not usable: it lacks the `Bearer ` prefix or the
         *     token behind it is unknown or expired. Leave the header out to call anonymously.
         */
        GatewayInvalidToken: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
    };
    parameters: {
        /**
         * @description Page number, starting at 1.
         * @example 1
         */
        Page: number;
        /**
         * @description Items per page.
         * @example 50
         */
        Per: number;
        /**
         * @description Only items whose name or description contains this text.
         * @example wukong
         */
        Search: string;
        /**
         * @description Order of the list: `recently_update` (last changed first), `trending` (popularity score),
         *     `most_download`, `most_favorite` (most likes) or `most_star`. Any other value is refused
         *     with HTTP 400.
         * @example trending
         */
        RepoSort: "recently_update" | "trending" | "most_download" | "most_favorite" | "most_star";
        /**
         * @description Only repositories from this source: `local` (created here, or mirrors whose sync finished),
         *     `opencsg` or `huggingface`.
         * @example local
         */
        RepoSourceFilter: "local" | "opencsg" | "huggingface";
        /**
         * @description Only repositories whose latest Xnet storage migration is in this state; other values are ignored.
         * @example completed
         */
        RepoXnetMigrationFilter: "pending" | "running" | "completed" | "failed";
        /**
         * @description Tag filter, repeatable: only repositories carrying a tag of each given category (such as
         *     `task`, `framework`, `license`, `language`, `industry`). Pair each with a `tag_name` (and
         *     optionally a `tag_group`) in the same order; names and groups are used only when they are as
         *     many as the categories. Takes precedence over the single-tag parameters.
         * @example [
         *       "task"
         *     ]
         */
        RepoTagCategory: string[];
        /**
         * @description Tag names matching `tag_category` one by one, repeatable; compared in lower case.
         * @example [
         *       "text-generation"
         *     ]
         */
        RepoTagName: string[];
        /**
         * @description Tag groups matching `tag_category` one by one, repeatable; compared in lower case.
         * @example [
         *       "natural_language_processing"
         *     ]
         */
        RepoTagGroup: string[];
        /**
         * @deprecated
         * @description Only repositories carrying this task tag. Ignored when `tag_category` is sent; prefer `tag_category=task` with `tag_name`.
         * @example text-generation
         */
        RepoTaskTag: string;
        /**
         * @deprecated
         * @description Only repositories carrying this framework tag. Ignored when `tag_category` is sent; prefer `tag_category=framework` with `tag_name`.
         * @example pytorch
         */
        RepoFrameworkTag: string;
        /**
         * @deprecated
         * @description Only repositories carrying this license tag. Ignored when `tag_category` is sent; prefer `tag_category=license` with `tag_name`.
         * @example apache-2.0
         */
        RepoLicenseTag: string;
        /**
         * @deprecated
         * @description Only repositories carrying this language tag. Ignored when `tag_category` is sent; prefer `tag_category=language` with `tag_name`.
         * @example zh
         */
        RepoLanguageTag: string;
        /**
         * @deprecated
         * @description Only repositories carrying this industry tag. Ignored when `tag_category` is sent; prefer `tag_category=industry` with `tag_name`.
         * @example finance
         */
        RepoIndustryTag: string;
        /**
         * @description Only models related to another model, as `<ignored>:<relation>:<repository_id>`, e.g.
         *     `base_model:finetune:4521` lists the fine-tunes of the model whose `repository_id` is 4521.
         *     Relations: `base`, `finetune`, `adapter`, `merge`, `quantized`. Another shape is refused
         *     with HTTP 400.
         * @example base_model:finetune:4521
         */
        ModelTreeFilter: string;
        /**
         * @description `true` to list only models with a running serverless (shared) inference deployment.
         * @example true
         */
        ModelServerlessFilter: boolean;
        /**
         * @description Only models with at least this many parameters, in billions; not above `model_params_max`.
         * @example 1
         */
        ModelParamsMin: number;
        /**
         * @description Only models with at most this many parameters, in billions.
         * @example 14
         */
        ModelParamsMax: number;
        /**
         * @description Whether to fill `recom_op_weight`, the operator-set ranking weight.
         * @example false
         */
        RepoNeedOpWeight: boolean;
        /**
         * @description Owner of the repository (user or organization name).
         * @example OpenCSG
         */
        Namespace: string;
        /**
         * @description Repository name within its namespace.
         * @example csg-wukong-1B
         */
        Name: string;
        /**
         * @description Whether to fill `scores` with the repository's popularity scores under every weighting.
         * @example false
         */
        RepoNeedMultiSync: boolean;
        /**
         * @description Directory to list, from the repository root with `/` between directories; the root when absent.
         * @example tokenizer
         */
        RepoTreePath: string;
        /**
         * @description Branch, tag or commit; the repository's default branch when absent.
         * @example main
         */
        Ref: string;
        /**
         * @description Path of the file in the repository; `/` separates directories.
         * @example config.json
         */
        RepoFilePath: string;
        /**
         * @description `true` to get a signed object-storage URL of an LFS file instead of bytes; `file_path` must
         *     then be the file's `lfs_sha256` (or its `lfs_relative_path`), not its repository path.
         *     Anything that is not a boolean is refused with HTTP 400.
         * @example true
         */
        RepoDownloadLfs: boolean;
        /**
         * @description With `lfs=true`, the file name the signed URL makes browsers save under; ignored otherwise (bytes are named after the path's last segment).
         * @example model.safetensors
         */
        RepoDownloadSaveAs: string;
        /**
         * @description Only free (`normal`) or marketplace (`commercial`) datasets.
         * @example normal
         */
        DatasetTypeFilter: "normal" | "commercial";
        /**
         * @description `true` (with a token) to list only copies of datasets the token's user bought; only the literal `true` switches it on.
         * @example true
         */
        DatasetPurchasedFilter: boolean;
        /**
         * @description Only datasets at least this large on their default branch, in bytes; not above `repo_size_max`.
         * @example 1048576
         */
        DatasetSizeMin: number;
        /**
         * @description Only datasets at most this large on their default branch, in bytes.
         * @example 10737418240
         */
        DatasetSizeMax: number;
        /**
         * @description Only spaces built with this app framework.
         * @example gradio
         */
        SpaceSdkFilter: "gradio" | "streamlit" | "nginx" | "docker" | "mcp_server";
        /**
         * @description Only spaces in this run state. The hub filters page by page after reading states, so such
         *     lists are slower and `total` counts only matching spaces.
         * @example Running
         */
        SpaceStatusFilter: "NoAppFile" | "NoNGINXConf" | "Pending" | "Building" | "BuildingFailed" | "Deploying" | "DeployFailed" | "Running" | "RuntimeError" | "Sleeping" | "Stopped" | "Deleted" | "ResourceUnhealthy";
        /**
         * @description Numeric id of the deploy (an inference, fine-tuning instance or serverless deploy), as answered
         *     by the create call (`deploy_id`).
         * @example 3187
         */
        DeployId: number;
        /**
         * @description `true` marks the deploy stopped even when the service cannot confirm that its containers are
         *     gone (for example while the cluster is unreachable).
         * @example false
         */
        ServerlessStopForce: boolean;
        /**
         * @description Name of one instance (pod) of the deploy, as listed in the deploy's `instances`; logs of every
         *     instance when absent.
         * @example kx8m2b1q0z7c-00001-deployment-7d9f8b6c5-x2x7q
         */
        DeployLogInstance: string;
        /**
         * @description How far back the stream starts. When absent the stream starts at the deploy's creation; a value
         *     the service does not know counts as `10mins`.
         * @example 1hour
         */
        DeployLogSince: "10mins" | "30mins" | "1hour" | "6hours" | "1day" | "2days" | "1week";
        /**
         * @description Maximum number of past log lines sent before the stream follows new ones.
         * @example 200
         */
        ServerlessLogLimit: number;
        /**
         * @description Kind of accelerator the space will run on. `gpu` when absent; a kind without a space runtime
         *     answers an empty list.
         * @example gpu
         */
        SpaceCudaResourceType: "cpu" | "gpu" | "npu" | "gcu" | "gpgpu" | "mlu" | "dcu" | "tpu";
        /**
         * @description How far back the container log starts. When absent it starts at the deployment's creation; a
         *     value the service does not know counts as `10mins`. The build log always starts at the build.
         * @example 1hour
         */
        SpaceDeployLogsSince: "10mins" | "30mins" | "1hour" | "6hours" | "1day" | "2days" | "1week";
        /**
         * @description Name of one instance (pod) of the space. The service reads this parameter but, as of the
         *     current server, does not filter by it: every instance's log is streamed.
         * @example s-opencsg-csg-wukong-demo-00001-deployment-5c8d9f7b6-q7k2m
         */
        SpaceDeployLogsInstance: string;
        /**
         * @description Tools per page.
         * @example 20
         */
        McpToolPer: number;
        /**
         * @description Subset to read, a `config_name` from the catalog (`default` when the dataset card names none).
         * @example default
         */
        DatasetViewerConfigName: string;
        /**
         * @description Split to read, a split `name` from the catalog, such as `train`, `test` or `validation`.
         * @example train
         */
        DatasetViewerSplitName: string;
        /**
         * @description Row filter, an SQL boolean expression over the columns as DuckDB evaluates it (for example
         *     `score > 4` or `label = 1`); `total` then counts the matching rows. Quotes, `;`, `--`,
         *     comments and upper-case SQL keywords such as `SELECT` are refused, so string literals cannot
         *     be written.
         * @example score > 4
         */
        DatasetViewerWhere: string;
        /**
         * @description Sort order: one or more column names separated by commas, each optionally followed by `ASC`
         *     or `DESC` (for example `score DESC, id`).
         * @example score DESC
         */
        DatasetViewerOrderBy: string;
        /**
         * @description Search text. The service checks it and echoes it in the answer but, as of the current server,
         *     does not filter rows by it; use `where` to filter. Quotes, `;`, `--`, comments and upper-case
         *     SQL keywords are refused.
         * @example lemon
         */
        DatasetViewerSearch: string;
        /**
         * @description Rows per page.
         * @example 20
         */
        DatasetViewerPer: number;
        /**
         * @description Path of the file in the repository; `/` separates directories. The file must be a Parquet file
         *     stored with Git LFS on the default branch.
         * @example data/train-00000-of-00001.parquet
         */
        DatasetViewerFilePath: string;
        /**
         * @description Kind of repository, plural as in its URL: `models`, `datasets`, `codes`, `spaces`, or
         *     `mcpserver` for MCP servers (the service strips trailing `s` characters and looks the rest up
         *     as a repository type, so `mcps` finds nothing).
         * @example models
         */
        DiscussionRepoType: "models" | "datasets" | "codes" | "spaces" | "mcpserver";
        /**
         * @description Discussion id.
         * @example 87
         */
        DiscussionId: number;
        /**
         * @description Comment id. The service does not read this segment: it takes the comment to change from
         *     `{id}`. Send the comment's id in both segments.
         * @example 305
         */
        CommentId: number;
        /**
         * @description Tag id.
         * @example 12
         */
        TagId: number;
        /**
         * @description Tag category id.
         * @example 3
         */
        TagCategoryId: number;
        /**
         * @description What the models are to be run for: `1` inference, `2` fine-tuning, `4` evaluation (see the deploy type table).
         * @example 1
         */
        RuntimeFrameworkDeployTypeQuery: components["schemas"]["RuntimeFrameworkDeployType"];
        /**
         * @description Runtime framework id.
         * @example 6
         */
        RuntimeFrameworkId: number;
        /**
         * @description Only deploys in this state; `all`, or any other value, lists every state.
         * @example running
         */
        ClusterDeployStatusFilter: "all" | "running" | "stopped" | "deployfailed";
        /**
         * @description Only items created at or after this time, UTC, as `YYYY-MM-DD` or `YYYY-MM-DD HH:MM:SS`.
         *     Give `end_time` with it.
         * @example 2026-06-01
         */
        ClusterStartTime: string;
        /**
         * @description Only items created at or before this time, UTC, as `YYYY-MM-DD` (the whole day counts) or
         *     `YYYY-MM-DD HH:MM:SS`. Give `start_time` with it.
         * @example 2026-06-30
         */
        ClusterEndTime: string;
        /**
         * @description Cluster id (the `cluster_id` of the cluster list).
         * @example 8f6a4b0e-2d47-4c8e-9a51-3f1d7b2c6e90
         */
        ClusterId: string;
        /**
         * @description Node id (the `id` of the node list).
         * @example 12
         */
        ClusterNodeId: number;
        /**
         * @description Evaluation id.
         * @example 318
         */
        EvaluationId: number;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listModels: {
        parameters: {
            query?: {
                /**
                 * @description Page number, starting at 1.
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page.
                 * @example 50
                 */
                per?: components["parameters"]["Per"];
                /**
                 * @description Only items whose name or description contains this text.
                 * @example wukong
                 */
                search?: components["parameters"]["Search"];
                /**
                 * @description Order of the list: `recently_update` (last changed first), `trending` (popularity score),
                 *     `most_download`, `most_favorite` (most likes) or `most_star`. Any other value is refused
                 *     with HTTP 400.
                 * @example trending
                 */
                sort?: components["parameters"]["RepoSort"];
                /**
                 * @description Only repositories from this source: `local` (created here, or mirrors whose sync finished),
                 *     `opencsg` or `huggingface`.
                 * @example local
                 */
                source?: components["parameters"]["RepoSourceFilter"];
                /**
                 * @description Only repositories whose latest Xnet storage migration is in this state; other values are ignored.
                 * @example completed
                 */
                xnet_migration_status?: components["parameters"]["RepoXnetMigrationFilter"];
                /**
                 * @description Tag filter, repeatable: only repositories carrying a tag of each given category (such as
                 *     `task`, `framework`, `license`, `language`, `industry`). Pair each with a `tag_name` (and
                 *     optionally a `tag_group`) in the same order; names and groups are used only when they are as
                 *     many as the categories. Takes precedence over the single-tag parameters.
                 * @example [
                 *       "task"
                 *     ]
                 */
                tag_category?: components["parameters"]["RepoTagCategory"];
                /**
                 * @description Tag names matching `tag_category` one by one, repeatable; compared in lower case.
                 * @example [
                 *       "text-generation"
                 *     ]
                 */
                tag_name?: components["parameters"]["RepoTagName"];
                /**
                 * @description Tag groups matching `tag_category` one by one, repeatable; compared in lower case.
                 * @example [
                 *       "natural_language_processing"
                 *     ]
                 */
                tag_group?: components["parameters"]["RepoTagGroup"];
                /**
                 * @deprecated
                 * @description Only repositories carrying this task tag. Ignored when `tag_category` is sent; prefer `tag_category=task` with `tag_name`.
                 * @example text-generation
                 */
                task_tag?: components["parameters"]["RepoTaskTag"];
                /**
                 * @deprecated
                 * @description Only repositories carrying this framework tag. Ignored when `tag_category` is sent; prefer `tag_category=framework` with `tag_name`.
                 * @example pytorch
                 */
                framework_tag?: components["parameters"]["RepoFrameworkTag"];
                /**
                 * @deprecated
                 * @description Only repositories carrying this license tag. Ignored when `tag_category` is sent; prefer `tag_category=license` with `tag_name`.
                 * @example apache-2.0
                 */
                license_tag?: components["parameters"]["RepoLicenseTag"];
                /**
                 * @deprecated
                 * @description Only repositories carrying this language tag. Ignored when `tag_category` is sent; prefer `tag_category=language` with `tag_name`.
                 * @example zh
                 */
                language_tag?: components["parameters"]["RepoLanguageTag"];
                /**
                 * @deprecated
                 * @description Only repositories carrying this industry tag. Ignored when `tag_category` is sent; prefer `tag_category=industry` with `tag_name`.
                 * @example finance
                 */
                industry_tag?: components["parameters"]["RepoIndustryTag"];
                /**
                 * @description Only models related to another model, as `<ignored>:<relation>:<repository_id>`, e.g.
                 *     `base_model:finetune:4521` lists the fine-tunes of the model whose `repository_id` is 4521.
                 *     Relations: `base`, `finetune`, `adapter`, `merge`, `quantized`. Another shape is refused
                 *     with HTTP 400.
                 * @example base_model:finetune:4521
                 */
                model_tree?: components["parameters"]["ModelTreeFilter"];
                /**
                 * @description `true` to list only models with a running serverless (shared) inference deployment.
                 * @example true
                 */
                list_serverless?: components["parameters"]["ModelServerlessFilter"];
                /**
                 * @description Only models with at least this many parameters, in billions; not above `model_params_max`.
                 * @example 1
                 */
                model_params_min?: components["parameters"]["ModelParamsMin"];
                /**
                 * @description Only models with at most this many parameters, in billions.
                 * @example 14
                 */
                model_params_max?: components["parameters"]["ModelParamsMax"];
                /**
                 * @description Whether to fill `recom_op_weight`, the operator-set ranking weight.
                 * @example false
                 */
                need_op_weight?: components["parameters"]["RepoNeedOpWeight"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ModelList"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    createModel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModelCreateRequest"];
            };
        };
        responses: {
            200: components["responses"]["ModelCreated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getModel: {
        parameters: {
            query?: {
                /**
                 * @description Whether to fill `recom_op_weight`, the operator-set ranking weight.
                 * @example false
                 */
                need_op_weight?: components["parameters"]["RepoNeedOpWeight"];
                /**
                 * @description Whether to fill `scores` with the repository's popularity scores under every weighting.
                 * @example false
                 */
                need_multi_sync?: components["parameters"]["RepoNeedMultiSync"];
            };
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ModelDetail"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateModel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModelUpdateRequest"];
            };
        };
        responses: {
            200: components["responses"]["ModelUpdated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteModel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["RepoDeleted"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listModelFiles: {
        parameters: {
            query?: {
                /**
                 * @description Directory to list, from the repository root with `/` between directories; the root when absent.
                 * @example tokenizer
                 */
                path?: components["parameters"]["RepoTreePath"];
                /**
                 * @description Branch, tag or commit; the repository's default branch when absent.
                 * @example main
                 */
                ref?: components["parameters"]["Ref"];
            };
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["RepoFileTree"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getModelFile: {
        parameters: {
            query?: {
                /**
                 * @description Branch, tag or commit; the repository's default branch when absent.
                 * @example main
                 */
                ref?: components["parameters"]["Ref"];
            };
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
                /**
                 * @description Path of the file in the repository; `/` separates directories.
                 * @example config.json
                 */
                file_path: components["parameters"]["RepoFilePath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["RepoFileInfo"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    downloadModelFile: {
        parameters: {
            query?: {
                /**
                 * @description Branch, tag or commit; the repository's default branch when absent.
                 * @example main
                 */
                ref?: components["parameters"]["Ref"];
                /**
                 * @description `true` to get a signed object-storage URL of an LFS file instead of bytes; `file_path` must
                 *     then be the file's `lfs_sha256` (or its `lfs_relative_path`), not its repository path.
                 *     Anything that is not a boolean is refused with HTTP 400.
                 * @example true
                 */
                lfs?: components["parameters"]["RepoDownloadLfs"];
                /**
                 * @description With `lfs=true`, the file name the signed URL makes browsers save under; ignored otherwise (bytes are named after the path's last segment).
                 * @example model.safetensors
                 */
                save_as?: components["parameters"]["RepoDownloadSaveAs"];
            };
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
                /**
                 * @description Path of the file in the repository; `/` separates directories.
                 * @example config.json
                 */
                file_path: components["parameters"]["RepoFilePath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["RepoFileDownload"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getModelLastCommit: {
        parameters: {
            query?: {
                /**
                 * @description Branch, tag or commit; the repository's default branch when absent.
                 * @example main
                 */
                ref?: components["parameters"]["Ref"];
            };
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["RepoLastCommit"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listModelCommits: {
        parameters: {
            query?: {
                /**
                 * @description Branch, tag or commit; the repository's default branch when absent.
                 * @example main
                 */
                ref?: components["parameters"]["Ref"];
                /**
                 * @description Page number, starting at 1.
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page.
                 * @example 50
                 */
                per?: components["parameters"]["Per"];
            };
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["RepoCommitList"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listModelBranches: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["RepoBranchList"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listDatasets: {
        parameters: {
            query?: {
                /**
                 * @description Page number, starting at 1.
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page.
                 * @example 50
                 */
                per?: components["parameters"]["Per"];
                /**
                 * @description Only items whose name or description contains this text.
                 * @example wukong
                 */
                search?: components["parameters"]["Search"];
                /**
                 * @description Order of the list: `recently_update` (last changed first), `trending` (popularity score),
                 *     `most_download`, `most_favorite` (most likes) or `most_star`. Any other value is refused
                 *     with HTTP 400.
                 * @example trending
                 */
                sort?: components["parameters"]["RepoSort"];
                /**
                 * @description Only repositories from this source: `local` (created here, or mirrors whose sync finished),
                 *     `opencsg` or `huggingface`.
                 * @example local
                 */
                source?: components["parameters"]["RepoSourceFilter"];
                /**
                 * @description Only repositories whose latest Xnet storage migration is in this state; other values are ignored.
                 * @example completed
                 */
                xnet_migration_status?: components["parameters"]["RepoXnetMigrationFilter"];
                /**
                 * @description Tag filter, repeatable: only repositories carrying a tag of each given category (such as
                 *     `task`, `framework`, `license`, `language`, `industry`). Pair each with a `tag_name` (and
                 *     optionally a `tag_group`) in the same order; names and groups are used only when they are as
                 *     many as the categories. Takes precedence over the single-tag parameters.
                 * @example [
                 *       "task"
                 *     ]
                 */
                tag_category?: components["parameters"]["RepoTagCategory"];
                /**
                 * @description Tag names matching `tag_category` one by one, repeatable; compared in lower case.
                 * @example [
                 *       "text-generation"
                 *     ]
                 */
                tag_name?: components["parameters"]["RepoTagName"];
                /**
                 * @description Tag groups matching `tag_category` one by one, repeatable; compared in lower case.
                 * @example [
                 *       "natural_language_processing"
                 *     ]
                 */
                tag_group?: components["parameters"]["RepoTagGroup"];
                /**
                 * @deprecated
                 * @description Only repositories carrying this task tag. Ignored when `tag_category` is sent; prefer `tag_category=task` with `tag_name`.
                 * @example text-generation
                 */
                task_tag?: components["parameters"]["RepoTaskTag"];
                /**
                 * @deprecated
                 * @description Only repositories carrying this framework tag. Ignored when `tag_category` is sent; prefer `tag_category=framework` with `tag_name`.
                 * @example pytorch
                 */
                framework_tag?: components["parameters"]["RepoFrameworkTag"];
                /**
                 * @deprecated
                 * @description Only repositories carrying this license tag. Ignored when `tag_category` is sent; prefer `tag_category=license` with `tag_name`.
                 * @example apache-2.0
                 */
                license_tag?: components["parameters"]["RepoLicenseTag"];
                /**
                 * @deprecated
                 * @description Only repositories carrying this language tag. Ignored when `tag_category` is sent; prefer `tag_category=language` with `tag_name`.
                 * @example zh
                 */
                language_tag?: components["parameters"]["RepoLanguageTag"];
                /**
                 * @deprecated
                 * @description Only repositories carrying this industry tag. Ignored when `tag_category` is sent; prefer `tag_category=industry` with `tag_name`.
                 * @example finance
                 */
                industry_tag?: components["parameters"]["RepoIndustryTag"];
                /**
                 * @description Only free (`normal`) or marketplace (`commercial`) datasets.
                 * @example normal
                 */
                dataset_type?: components["parameters"]["DatasetTypeFilter"];
                /**
                 * @description `true` (with a token) to list only copies of datasets the token's user bought; only the literal `true` switches it on.
                 * @example true
                 */
                user_purchased?: components["parameters"]["DatasetPurchasedFilter"];
                /**
                 * @description Only datasets at least this large on their default branch, in bytes; not above `repo_size_max`.
                 * @example 1048576
                 */
                repo_size_min?: components["parameters"]["DatasetSizeMin"];
                /**
                 * @description Only datasets at most this large on their default branch, in bytes.
                 * @example 10737418240
                 */
                repo_size_max?: components["parameters"]["DatasetSizeMax"];
                /**
                 * @description Whether to fill `recom_op_weight`, the operator-set ranking weight.
                 * @example false
                 */
                need_op_weight?: components["parameters"]["RepoNeedOpWeight"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["DatasetList"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    createDataset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DatasetCreateRequest"];
            };
        };
        responses: {
            200: components["responses"]["DatasetCreated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getDataset: {
        parameters: {
            query?: {
                /**
                 * @description Whether to fill `recom_op_weight`, the operator-set ranking weight.
                 * @example false
                 */
                need_op_weight?: components["parameters"]["RepoNeedOpWeight"];
                /**
                 * @description Whether to fill `scores` with the repository's popularity scores under every weighting.
                 * @example false
                 */
                need_multi_sync?: components["parameters"]["RepoNeedMultiSync"];
            };
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["DatasetDetail"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateDataset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DatasetUpdateRequest"];
            };
        };
        responses: {
            200: components["responses"]["DatasetUpdated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteDataset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["RepoDeleted"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listDatasetFiles: {
        parameters: {
            query?: {
                /**
                 * @description Directory to list, from the repository root with `/` between directories; the root when absent.
                 * @example tokenizer
                 */
                path?: components["parameters"]["RepoTreePath"];
                /**
                 * @description Branch, tag or commit; the repository's default branch when absent.
                 * @example main
                 */
                ref?: components["parameters"]["Ref"];
            };
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["RepoFileTree"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getDatasetFile: {
        parameters: {
            query?: {
                /**
                 * @description Branch, tag or commit; the repository's default branch when absent.
                 * @example main
                 */
                ref?: components["parameters"]["Ref"];
            };
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
                /**
                 * @description Path of the file in the repository; `/` separates directories.
                 * @example config.json
                 */
                file_path: components["parameters"]["RepoFilePath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["RepoFileInfo"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    downloadDatasetFile: {
        parameters: {
            query?: {
                /**
                 * @description Branch, tag or commit; the repository's default branch when absent.
                 * @example main
                 */
                ref?: components["parameters"]["Ref"];
                /**
                 * @description `true` to get a signed object-storage URL of an LFS file instead of bytes; `file_path` must
                 *     then be the file's `lfs_sha256` (or its `lfs_relative_path`), not its repository path.
                 *     Anything that is not a boolean is refused with HTTP 400.
                 * @example true
                 */
                lfs?: components["parameters"]["RepoDownloadLfs"];
                /**
                 * @description With `lfs=true`, the file name the signed URL makes browsers save under; ignored otherwise (bytes are named after the path's last segment).
                 * @example model.safetensors
                 */
                save_as?: components["parameters"]["RepoDownloadSaveAs"];
            };
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
                /**
                 * @description Path of the file in the repository; `/` separates directories.
                 * @example config.json
                 */
                file_path: components["parameters"]["RepoFilePath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["RepoFileDownload"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getDatasetLastCommit: {
        parameters: {
            query?: {
                /**
                 * @description Branch, tag or commit; the repository's default branch when absent.
                 * @example main
                 */
                ref?: components["parameters"]["Ref"];
            };
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["RepoLastCommit"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listDatasetCommits: {
        parameters: {
            query?: {
                /**
                 * @description Branch, tag or commit; the repository's default branch when absent.
                 * @example main
                 */
                ref?: components["parameters"]["Ref"];
                /**
                 * @description Page number, starting at 1.
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page.
                 * @example 50
                 */
                per?: components["parameters"]["Per"];
            };
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["RepoCommitList"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listDatasetBranches: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["RepoBranchList"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listCodes: {
        parameters: {
            query?: {
                /**
                 * @description Page number, starting at 1.
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page.
                 * @example 50
                 */
                per?: components["parameters"]["Per"];
                /**
                 * @description Only items whose name or description contains this text.
                 * @example wukong
                 */
                search?: components["parameters"]["Search"];
                /**
                 * @description Order of the list: `recently_update` (last changed first), `trending` (popularity score),
                 *     `most_download`, `most_favorite` (most likes) or `most_star`. Any other value is refused
                 *     with HTTP 400.
                 * @example trending
                 */
                sort?: components["parameters"]["RepoSort"];
                /**
                 * @description Only repositories from this source: `local` (created here, or mirrors whose sync finished),
                 *     `opencsg` or `huggingface`.
                 * @example local
                 */
                source?: components["parameters"]["RepoSourceFilter"];
                /**
                 * @description Only repositories whose latest Xnet storage migration is in this state; other values are ignored.
                 * @example completed
                 */
                xnet_migration_status?: components["parameters"]["RepoXnetMigrationFilter"];
                /**
                 * @description Tag filter, repeatable: only repositories carrying a tag of each given category (such as
                 *     `task`, `framework`, `license`, `language`, `industry`). Pair each with a `tag_name` (and
                 *     optionally a `tag_group`) in the same order; names and groups are used only when they are as
                 *     many as the categories. Takes precedence over the single-tag parameters.
                 * @example [
                 *       "task"
                 *     ]
                 */
                tag_category?: components["parameters"]["RepoTagCategory"];
                /**
                 * @description Tag names matching `tag_category` one by one, repeatable; compared in lower case.
                 * @example [
                 *       "text-generation"
                 *     ]
                 */
                tag_name?: components["parameters"]["RepoTagName"];
                /**
                 * @description Tag groups matching `tag_category` one by one, repeatable; compared in lower case.
                 * @example [
                 *       "natural_language_processing"
                 *     ]
                 */
                tag_group?: components["parameters"]["RepoTagGroup"];
                /**
                 * @deprecated
                 * @description Only repositories carrying this task tag. Ignored when `tag_category` is sent; prefer `tag_category=task` with `tag_name`.
                 * @example text-generation
                 */
                task_tag?: components["parameters"]["RepoTaskTag"];
                /**
                 * @deprecated
                 * @description Only repositories carrying this framework tag. Ignored when `tag_category` is sent; prefer `tag_category=framework` with `tag_name`.
                 * @example pytorch
                 */
                framework_tag?: components["parameters"]["RepoFrameworkTag"];
                /**
                 * @deprecated
                 * @description Only repositories carrying this license tag. Ignored when `tag_category` is sent; prefer `tag_category=license` with `tag_name`.
                 * @example apache-2.0
                 */
                license_tag?: components["parameters"]["RepoLicenseTag"];
                /**
                 * @deprecated
                 * @description Only repositories carrying this language tag. Ignored when `tag_category` is sent; prefer `tag_category=language` with `tag_name`.
                 * @example zh
                 */
                language_tag?: components["parameters"]["RepoLanguageTag"];
                /**
                 * @deprecated
                 * @description Only repositories carrying this industry tag. Ignored when `tag_category` is sent; prefer `tag_category=industry` with `tag_name`.
                 * @example finance
                 */
                industry_tag?: components["parameters"]["RepoIndustryTag"];
                /**
                 * @description Whether to fill `recom_op_weight`, the operator-set ranking weight.
                 * @example false
                 */
                need_op_weight?: components["parameters"]["RepoNeedOpWeight"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["CodeList"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    createCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CodeCreateRequest"];
            };
        };
        responses: {
            200: components["responses"]["CodeCreated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getCode: {
        parameters: {
            query?: {
                /**
                 * @description Whether to fill `recom_op_weight`, the operator-set ranking weight.
                 * @example false
                 */
                need_op_weight?: components["parameters"]["RepoNeedOpWeight"];
                /**
                 * @description Whether to fill `scores` with the repository's popularity scores under every weighting.
                 * @example false
                 */
                need_multi_sync?: components["parameters"]["RepoNeedMultiSync"];
            };
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["CodeDetail"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CodeUpdateRequest"];
            };
        };
        responses: {
            200: components["responses"]["CodeUpdated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["RepoDeleted"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listCodeFiles: {
        parameters: {
            query?: {
                /**
                 * @description Directory to list, from the repository root with `/` between directories; the root when absent.
                 * @example tokenizer
                 */
                path?: components["parameters"]["RepoTreePath"];
                /**
                 * @description Branch, tag or commit; the repository's default branch when absent.
                 * @example main
                 */
                ref?: components["parameters"]["Ref"];
            };
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["RepoFileTree"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getCodeFile: {
        parameters: {
            query?: {
                /**
                 * @description Branch, tag or commit; the repository's default branch when absent.
                 * @example main
                 */
                ref?: components["parameters"]["Ref"];
            };
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
                /**
                 * @description Path of the file in the repository; `/` separates directories.
                 * @example config.json
                 */
                file_path: components["parameters"]["RepoFilePath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["RepoFileInfo"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    downloadCodeFile: {
        parameters: {
            query?: {
                /**
                 * @description Branch, tag or commit; the repository's default branch when absent.
                 * @example main
                 */
                ref?: components["parameters"]["Ref"];
                /**
                 * @description `true` to get a signed object-storage URL of an LFS file instead of bytes; `file_path` must
                 *     then be the file's `lfs_sha256` (or its `lfs_relative_path`), not its repository path.
                 *     Anything that is not a boolean is refused with HTTP 400.
                 * @example true
                 */
                lfs?: components["parameters"]["RepoDownloadLfs"];
                /**
                 * @description With `lfs=true`, the file name the signed URL makes browsers save under; ignored otherwise (bytes are named after the path's last segment).
                 * @example model.safetensors
                 */
                save_as?: components["parameters"]["RepoDownloadSaveAs"];
            };
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
                /**
                 * @description Path of the file in the repository; `/` separates directories.
                 * @example config.json
                 */
                file_path: components["parameters"]["RepoFilePath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["RepoFileDownload"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getCodeLastCommit: {
        parameters: {
            query?: {
                /**
                 * @description Branch, tag or commit; the repository's default branch when absent.
                 * @example main
                 */
                ref?: components["parameters"]["Ref"];
            };
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["RepoLastCommit"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listCodeCommits: {
        parameters: {
            query?: {
                /**
                 * @description Branch, tag or commit; the repository's default branch when absent.
                 * @example main
                 */
                ref?: components["parameters"]["Ref"];
                /**
                 * @description Page number, starting at 1.
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page.
                 * @example 50
                 */
                per?: components["parameters"]["Per"];
            };
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["RepoCommitList"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listCodeBranches: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["RepoBranchList"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listSpaces: {
        parameters: {
            query?: {
                /**
                 * @description Page number, starting at 1.
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page.
                 * @example 50
                 */
                per?: components["parameters"]["Per"];
                /**
                 * @description Only items whose name or description contains this text.
                 * @example wukong
                 */
                search?: components["parameters"]["Search"];
                /**
                 * @description Order of the list: `recently_update` (last changed first), `trending` (popularity score),
                 *     `most_download`, `most_favorite` (most likes) or `most_star`. Any other value is refused
                 *     with HTTP 400.
                 * @example trending
                 */
                sort?: components["parameters"]["RepoSort"];
                /**
                 * @description Only repositories from this source: `local` (created here, or mirrors whose sync finished),
                 *     `opencsg` or `huggingface`.
                 * @example local
                 */
                source?: components["parameters"]["RepoSourceFilter"];
                /**
                 * @description Only repositories whose latest Xnet storage migration is in this state; other values are ignored.
                 * @example completed
                 */
                xnet_migration_status?: components["parameters"]["RepoXnetMigrationFilter"];
                /**
                 * @description Tag filter, repeatable: only repositories carrying a tag of each given category (such as
                 *     `task`, `framework`, `license`, `language`, `industry`). Pair each with a `tag_name` (and
                 *     optionally a `tag_group`) in the same order; names and groups are used only when they are as
                 *     many as the categories. Takes precedence over the single-tag parameters.
                 * @example [
                 *       "task"
                 *     ]
                 */
                tag_category?: components["parameters"]["RepoTagCategory"];
                /**
                 * @description Tag names matching `tag_category` one by one, repeatable; compared in lower case.
                 * @example [
                 *       "text-generation"
                 *     ]
                 */
                tag_name?: components["parameters"]["RepoTagName"];
                /**
                 * @description Tag groups matching `tag_category` one by one, repeatable; compared in lower case.
                 * @example [
                 *       "natural_language_processing"
                 *     ]
                 */
                tag_group?: components["parameters"]["RepoTagGroup"];
                /**
                 * @deprecated
                 * @description Only repositories carrying this task tag. Ignored when `tag_category` is sent; prefer `tag_category=task` with `tag_name`.
                 * @example text-generation
                 */
                task_tag?: components["parameters"]["RepoTaskTag"];
                /**
                 * @deprecated
                 * @description Only repositories carrying this framework tag. Ignored when `tag_category` is sent; prefer `tag_category=framework` with `tag_name`.
                 * @example pytorch
                 */
                framework_tag?: components["parameters"]["RepoFrameworkTag"];
                /**
                 * @deprecated
                 * @description Only repositories carrying this license tag. Ignored when `tag_category` is sent; prefer `tag_category=license` with `tag_name`.
                 * @example apache-2.0
                 */
                license_tag?: components["parameters"]["RepoLicenseTag"];
                /**
                 * @deprecated
                 * @description Only repositories carrying this language tag. Ignored when `tag_category` is sent; prefer `tag_category=language` with `tag_name`.
                 * @example zh
                 */
                language_tag?: components["parameters"]["RepoLanguageTag"];
                /**
                 * @deprecated
                 * @description Only repositories carrying this industry tag. Ignored when `tag_category` is sent; prefer `tag_category=industry` with `tag_name`.
                 * @example finance
                 */
                industry_tag?: components["parameters"]["RepoIndustryTag"];
                /**
                 * @description Only spaces built with this app framework.
                 * @example gradio
                 */
                sdk?: components["parameters"]["SpaceSdkFilter"];
                /**
                 * @description Only spaces in this run state. The hub filters page by page after reading states, so such
                 *     lists are slower and `total` counts only matching spaces.
                 * @example Running
                 */
                status?: components["parameters"]["SpaceStatusFilter"];
                /**
                 * @description Whether to fill `recom_op_weight`, the operator-set ranking weight.
                 * @example false
                 */
                need_op_weight?: components["parameters"]["RepoNeedOpWeight"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["SpaceList"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    createSpace: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SpaceCreateRequest"];
            };
        };
        responses: {
            200: components["responses"]["SpaceCreated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getSpace: {
        parameters: {
            query?: {
                /**
                 * @description Whether to fill `recom_op_weight`, the operator-set ranking weight.
                 * @example false
                 */
                need_op_weight?: components["parameters"]["RepoNeedOpWeight"];
            };
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["SpaceDetail"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updateSpace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SpaceUpdateRequest"];
            };
        };
        responses: {
            200: components["responses"]["SpaceUpdated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteSpace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["RepoDeleted"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listSpaceFiles: {
        parameters: {
            query?: {
                /**
                 * @description Directory to list, from the repository root with `/` between directories; the root when absent.
                 * @example tokenizer
                 */
                path?: components["parameters"]["RepoTreePath"];
                /**
                 * @description Branch, tag or commit; the repository's default branch when absent.
                 * @example main
                 */
                ref?: components["parameters"]["Ref"];
            };
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["RepoFileTree"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getSpaceFile: {
        parameters: {
            query?: {
                /**
                 * @description Branch, tag or commit; the repository's default branch when absent.
                 * @example main
                 */
                ref?: components["parameters"]["Ref"];
            };
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
                /**
                 * @description Path of the file in the repository; `/` separates directories.
                 * @example config.json
                 */
                file_path: components["parameters"]["RepoFilePath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["RepoFileInfo"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    downloadSpaceFile: {
        parameters: {
            query?: {
                /**
                 * @description Branch, tag or commit; the repository's default branch when absent.
                 * @example main
                 */
                ref?: components["parameters"]["Ref"];
                /**
                 * @description `true` to get a signed object-storage URL of an LFS file instead of bytes; `file_path` must
                 *     then be the file's `lfs_sha256` (or its `lfs_relative_path`), not its repository path.
                 *     Anything that is not a boolean is refused with HTTP 400.
                 * @example true
                 */
                lfs?: components["parameters"]["RepoDownloadLfs"];
                /**
                 * @description With `lfs=true`, the file name the signed URL makes browsers save under; ignored otherwise (bytes are named after the path's last segment).
                 * @example model.safetensors
                 */
                save_as?: components["parameters"]["RepoDownloadSaveAs"];
            };
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
                /**
                 * @description Path of the file in the repository; `/` separates directories.
                 * @example config.json
                 */
                file_path: components["parameters"]["RepoFilePath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["RepoFileDownload"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getSpaceLastCommit: {
        parameters: {
            query?: {
                /**
                 * @description Branch, tag or commit; the repository's default branch when absent.
                 * @example main
                 */
                ref?: components["parameters"]["Ref"];
            };
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["RepoLastCommit"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listSpaceCommits: {
        parameters: {
            query?: {
                /**
                 * @description Branch, tag or commit; the repository's default branch when absent.
                 * @example main
                 */
                ref?: components["parameters"]["Ref"];
                /**
                 * @description Page number, starting at 1.
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page.
                 * @example 50
                 */
                per?: components["parameters"]["Per"];
            };
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["RepoCommitList"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listSpaceBranches: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["RepoBranchList"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listMcpServers: {
        parameters: {
            query?: {
                /**
                 * @description Page number, starting at 1.
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page.
                 * @example 50
                 */
                per?: components["parameters"]["Per"];
                /**
                 * @description Only items whose name or description contains this text.
                 * @example wukong
                 */
                search?: components["parameters"]["Search"];
                /**
                 * @description Order of the list: `recently_update` (last changed first), `trending` (popularity score),
                 *     `most_download`, `most_favorite` (most likes) or `most_star`. Any other value is refused
                 *     with HTTP 400.
                 * @example trending
                 */
                sort?: components["parameters"]["RepoSort"];
                /**
                 * @description Only repositories from this source: `local` (created here, or mirrors whose sync finished),
                 *     `opencsg` or `huggingface`.
                 * @example local
                 */
                source?: components["parameters"]["RepoSourceFilter"];
                /**
                 * @description Only repositories whose latest Xnet storage migration is in this state; other values are ignored.
                 * @example completed
                 */
                xnet_migration_status?: components["parameters"]["RepoXnetMigrationFilter"];
                /**
                 * @description Tag filter, repeatable: only repositories carrying a tag of each given category (such as
                 *     `task`, `framework`, `license`, `language`, `industry`). Pair each with a `tag_name` (and
                 *     optionally a `tag_group`) in the same order; names and groups are used only when they are as
                 *     many as the categories. Takes precedence over the single-tag parameters.
                 * @example [
                 *       "task"
                 *     ]
                 */
                tag_category?: components["parameters"]["RepoTagCategory"];
                /**
                 * @description Tag names matching `tag_category` one by one, repeatable; compared in lower case.
                 * @example [
                 *       "text-generation"
                 *     ]
                 */
                tag_name?: components["parameters"]["RepoTagName"];
                /**
                 * @description Tag groups matching `tag_category` one by one, repeatable; compared in lower case.
                 * @example [
                 *       "natural_language_processing"
                 *     ]
                 */
                tag_group?: components["parameters"]["RepoTagGroup"];
                /**
                 * @deprecated
                 * @description Only repositories carrying this task tag. Ignored when `tag_category` is sent; prefer `tag_category=task` with `tag_name`.
                 * @example text-generation
                 */
                task_tag?: components["parameters"]["RepoTaskTag"];
                /**
                 * @deprecated
                 * @description Only repositories carrying this framework tag. Ignored when `tag_category` is sent; prefer `tag_category=framework` with `tag_name`.
                 * @example pytorch
                 */
                framework_tag?: components["parameters"]["RepoFrameworkTag"];
                /**
                 * @deprecated
                 * @description Only repositories carrying this license tag. Ignored when `tag_category` is sent; prefer `tag_category=license` with `tag_name`.
                 * @example apache-2.0
                 */
                license_tag?: components["parameters"]["RepoLicenseTag"];
                /**
                 * @deprecated
                 * @description Only repositories carrying this language tag. Ignored when `tag_category` is sent; prefer `tag_category=language` with `tag_name`.
                 * @example zh
                 */
                language_tag?: components["parameters"]["RepoLanguageTag"];
                /**
                 * @deprecated
                 * @description Only repositories carrying this industry tag. Ignored when `tag_category` is sent; prefer `tag_category=industry` with `tag_name`.
                 * @example finance
                 */
                industry_tag?: components["parameters"]["RepoIndustryTag"];
                /**
                 * @description Whether to fill `recom_op_weight`, the operator-set ranking weight.
                 * @example false
                 */
                need_op_weight?: components["parameters"]["RepoNeedOpWeight"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["McpServerList"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    createMcpServer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["McpServerCreateRequest"];
            };
        };
        responses: {
            200: components["responses"]["McpServerCreated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getMcpServer: {
        parameters: {
            query?: {
                /**
                 * @description Whether to fill `recom_op_weight`, the operator-set ranking weight.
                 * @example false
                 */
                need_op_weight?: components["parameters"]["RepoNeedOpWeight"];
                /**
                 * @description Whether to fill `scores` with the repository's popularity scores under every weighting.
                 * @example false
                 */
                need_multi_sync?: components["parameters"]["RepoNeedMultiSync"];
            };
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["McpServerDetail"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateMcpServer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["McpServerUpdateRequest"];
            };
        };
        responses: {
            200: components["responses"]["McpServerUpdated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteMcpServer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["RepoDeleted"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listMcpServerFiles: {
        parameters: {
            query?: {
                /**
                 * @description Directory to list, from the repository root with `/` between directories; the root when absent.
                 * @example tokenizer
                 */
                path?: components["parameters"]["RepoTreePath"];
                /**
                 * @description Branch, tag or commit; the repository's default branch when absent.
                 * @example main
                 */
                ref?: components["parameters"]["Ref"];
            };
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["RepoFileTree"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getMcpServerFile: {
        parameters: {
            query?: {
                /**
                 * @description Branch, tag or commit; the repository's default branch when absent.
                 * @example main
                 */
                ref?: components["parameters"]["Ref"];
            };
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
                /**
                 * @description Path of the file in the repository; `/` separates directories.
                 * @example config.json
                 */
                file_path: components["parameters"]["RepoFilePath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["RepoFileInfo"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    downloadMcpServerFile: {
        parameters: {
            query?: {
                /**
                 * @description Branch, tag or commit; the repository's default branch when absent.
                 * @example main
                 */
                ref?: components["parameters"]["Ref"];
                /**
                 * @description `true` to get a signed object-storage URL of an LFS file instead of bytes; `file_path` must
                 *     then be the file's `lfs_sha256` (or its `lfs_relative_path`), not its repository path.
                 *     Anything that is not a boolean is refused with HTTP 400.
                 * @example true
                 */
                lfs?: components["parameters"]["RepoDownloadLfs"];
                /**
                 * @description With `lfs=true`, the file name the signed URL makes browsers save under; ignored otherwise (bytes are named after the path's last segment).
                 * @example model.safetensors
                 */
                save_as?: components["parameters"]["RepoDownloadSaveAs"];
            };
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
                /**
                 * @description Path of the file in the repository; `/` separates directories.
                 * @example config.json
                 */
                file_path: components["parameters"]["RepoFilePath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["RepoFileDownload"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getMcpServerLastCommit: {
        parameters: {
            query?: {
                /**
                 * @description Branch, tag or commit; the repository's default branch when absent.
                 * @example main
                 */
                ref?: components["parameters"]["Ref"];
            };
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["RepoLastCommit"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listMcpServerCommits: {
        parameters: {
            query?: {
                /**
                 * @description Branch, tag or commit; the repository's default branch when absent.
                 * @example main
                 */
                ref?: components["parameters"]["Ref"];
                /**
                 * @description Page number, starting at 1.
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page.
                 * @example 50
                 */
                per?: components["parameters"]["Per"];
            };
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["RepoCommitList"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listMcpServerBranches: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["RepoBranchList"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getModelRelations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The related repositories, by kind. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["ModelRelations"];
                    };
                };
            };
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    setModelRelations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModelRelationDatasets"];
            };
        };
        responses: {
            /** @description The README was updated; `data` is absent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    addModelDatasetRelation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModelRelationDataset"];
            };
        };
        responses: {
            /** @description The README was updated; `data` is absent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    removeModelDatasetRelation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModelRelationDataset"];
            };
        };
        responses: {
            /** @description The README was updated; `data` is absent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getCodeRelations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The related models. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["ModelRelations"];
                    };
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listModelQuantizations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The GGUF files. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The GGUF files, or `null` when there are none. */
                        data?: components["schemas"]["QuantizationFile"][] | null;
                    };
                };
            };
            404: components["responses"]["NotFound"];
        };
    };
    getModelServerlessDeploy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The model's serverless deploy, or `null`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The serverless deploy, or `null` when the model has none. */
                        data?: components["schemas"]["Deploy"] | null;
                    };
                };
            };
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createServerlessDeploy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModelRunRequest"];
            };
        };
        responses: {
            /** @description The id of the model's serverless deploy. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["DeployCreated"];
                    };
                };
            };
            400: components["responses"]["DeployBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["DeployCreateFailed"];
        };
    };
    deleteServerlessDeploy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deploy was deleted; `data` is absent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerlessDeleteFailed"];
        };
    };
    getServerlessDeploy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
                /**
                 * @description Numeric id of the deploy (an inference, fine-tuning instance or serverless deploy), as answered
                 *     by the create call (`deploy_id`).
                 * @example 3187
                 */
                id: components["parameters"]["DeployId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The serverless deploy. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["Deploy"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateServerlessDeploy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
                /**
                 * @description Numeric id of the deploy (an inference, fine-tuning instance or serverless deploy), as answered
                 *     by the create call (`deploy_id`).
                 * @example 3187
                 */
                id: components["parameters"]["DeployId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeployUpdateRequest"];
            };
        };
        responses: {
            /** @description The deploy was changed; `data` is absent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"];
                };
            };
            400: components["responses"]["DeployBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["DeployChangeFailed"];
        };
    };
    startServerlessDeploy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
                /**
                 * @description Numeric id of the deploy (an inference, fine-tuning instance or serverless deploy), as answered
                 *     by the create call (`deploy_id`).
                 * @example 3187
                 */
                id: components["parameters"]["DeployId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The start was accepted; `data` is absent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["DeployStartFailed"];
        };
    };
    stopServerlessDeploy: {
        parameters: {
            query?: {
                /**
                 * @description `true` marks the deploy stopped even when the service cannot confirm that its containers are
                 *     gone (for example while the cluster is unreachable).
                 * @example false
                 */
                force?: components["parameters"]["ServerlessStopForce"];
            };
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
                /**
                 * @description Numeric id of the deploy (an inference, fine-tuning instance or serverless deploy), as answered
                 *     by the create call (`deploy_id`).
                 * @example 3187
                 */
                id: components["parameters"]["DeployId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deploy is stopped; `data` is absent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["DeployStopFailed"];
        };
    };
    streamServerlessDeployLogs: {
        parameters: {
            query?: {
                /**
                 * @description Name of one instance (pod) of the deploy, as listed in the deploy's `instances`; logs of every
                 *     instance when absent.
                 * @example kx8m2b1q0z7c-00001-deployment-7d9f8b6c5-x2x7q
                 */
                instance?: components["parameters"]["DeployLogInstance"];
                /**
                 * @description How far back the stream starts. When absent the stream starts at the deploy's creation; a value
                 *     the service does not know counts as `10mins`.
                 * @example 1hour
                 */
                since?: components["parameters"]["DeployLogSince"];
                /**
                 * @description Maximum number of past log lines sent before the stream follows new ones.
                 * @example 200
                 */
                limit?: components["parameters"]["ServerlessLogLimit"];
            };
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
                /**
                 * @description Numeric id of the deploy (an inference, fine-tuning instance or serverless deploy), as answered
                 *     by the create call (`deploy_id`).
                 * @example 3187
                 */
                id: components["parameters"]["DeployId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An endless stream of `Container` and `Heartbeat` events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description The deploy id or `limit` is not a positive integer. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    streamServerlessDeployStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
                /**
                 * @description Numeric id of the deploy (an inference, fine-tuning instance or serverless deploy), as answered
                 *     by the create call (`deploy_id`).
                 * @example 3187
                 */
                id: components["parameters"]["DeployId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An endless stream of `status` (and `error`) events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listModelRuns: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller's deploys of the model. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The deploys, newest first, or `null` when there are none. */
                        data?: components["schemas"]["Deploy"][] | null;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    createModelRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModelRunRequest"];
            };
        };
        responses: {
            /** @description The new endpoint's id. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["DeployCreated"];
                    };
                };
            };
            400: components["responses"]["DeployBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["DeployModelSyncing"];
            500: components["responses"]["DeployCreateFailed"];
        };
    };
    getModelRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
                /**
                 * @description Numeric id of the deploy (an inference, fine-tuning instance or serverless deploy), as answered
                 *     by the create call (`deploy_id`).
                 * @example 3187
                 */
                id: components["parameters"]["DeployId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deploy. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["Deploy"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateModelRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
                /**
                 * @description Numeric id of the deploy (an inference, fine-tuning instance or serverless deploy), as answered
                 *     by the create call (`deploy_id`).
                 * @example 3187
                 */
                id: components["parameters"]["DeployId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeployUpdateRequest"];
            };
        };
        responses: {
            /** @description The deploy was changed; `data` is absent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"];
                };
            };
            400: components["responses"]["DeployBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["DeployChangeFailed"];
        };
    };
    deleteModelRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
                /**
                 * @description Numeric id of the deploy (an inference, fine-tuning instance or serverless deploy), as answered
                 *     by the create call (`deploy_id`).
                 * @example 3187
                 */
                id: components["parameters"]["DeployId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deploy was deleted; `data` is absent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["DeployStopFailed"];
        };
    };
    startModelRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
                /**
                 * @description Numeric id of the deploy (an inference, fine-tuning instance or serverless deploy), as answered
                 *     by the create call (`deploy_id`).
                 * @example 3187
                 */
                id: components["parameters"]["DeployId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The start was accepted; `data` is absent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["DeployStartFailed"];
        };
    };
    stopModelRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
                /**
                 * @description Numeric id of the deploy (an inference, fine-tuning instance or serverless deploy), as answered
                 *     by the create call (`deploy_id`).
                 * @example 3187
                 */
                id: components["parameters"]["DeployId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deploy is stopped; `data` is absent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["DeployStopFailed"];
        };
    };
    wakeupModelRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
                /**
                 * @description Numeric id of the deploy (an inference, fine-tuning instance or serverless deploy), as answered
                 *     by the create call (`deploy_id`).
                 * @example 3187
                 */
                id: components["parameters"]["DeployId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The wake-up was scheduled; `data` is absent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    streamModelRunStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
                /**
                 * @description Numeric id of the deploy (an inference, fine-tuning instance or serverless deploy), as answered
                 *     by the create call (`deploy_id`).
                 * @example 3187
                 */
                id: components["parameters"]["DeployId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An endless stream of `status` (and `error`) events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    streamModelRunLogs: {
        parameters: {
            query?: {
                /**
                 * @description Name of one instance (pod) of the deploy, as listed in the deploy's `instances`; logs of every
                 *     instance when absent.
                 * @example kx8m2b1q0z7c-00001-deployment-7d9f8b6c5-x2x7q
                 */
                instance?: components["parameters"]["DeployLogInstance"];
                /**
                 * @description How far back the stream starts. When absent the stream starts at the deploy's creation; a value
                 *     the service does not know counts as `10mins`.
                 * @example 1hour
                 */
                since?: components["parameters"]["DeployLogSince"];
            };
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
                /**
                 * @description Numeric id of the deploy (an inference, fine-tuning instance or serverless deploy), as answered
                 *     by the create call (`deploy_id`).
                 * @example 3187
                 */
                id: components["parameters"]["DeployId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An endless stream of `Container` and `Heartbeat` events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createFinetuneInstance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FinetuneCreateRequest"];
            };
        };
        responses: {
            /** @description The new instance's id. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["DeployCreated"];
                    };
                };
            };
            400: components["responses"]["DeployBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["DeployModelSyncing"];
            500: components["responses"]["DeployCreateFailed"];
        };
    };
    updateFinetuneInstance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
                /**
                 * @description Numeric id of the deploy (an inference, fine-tuning instance or serverless deploy), as answered
                 *     by the create call (`deploy_id`).
                 * @example 3187
                 */
                id: components["parameters"]["DeployId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeployUpdateRequest"];
            };
        };
        responses: {
            /** @description The instance was changed; `data` is absent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"];
                };
            };
            400: components["responses"]["DeployBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["DeployChangeFailed"];
        };
    };
    deleteFinetuneInstance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
                /**
                 * @description Numeric id of the deploy (an inference, fine-tuning instance or serverless deploy), as answered
                 *     by the create call (`deploy_id`).
                 * @example 3187
                 */
                id: components["parameters"]["DeployId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The instance was deleted; `data` is absent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["DeployStopFailed"];
        };
    };
    startFinetuneInstance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
                /**
                 * @description Numeric id of the deploy (an inference, fine-tuning instance or serverless deploy), as answered
                 *     by the create call (`deploy_id`).
                 * @example 3187
                 */
                id: components["parameters"]["DeployId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The start was accepted; `data` is absent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["DeployStartFailed"];
        };
    };
    stopFinetuneInstance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
                /**
                 * @description Numeric id of the deploy (an inference, fine-tuning instance or serverless deploy), as answered
                 *     by the create call (`deploy_id`).
                 * @example 3187
                 */
                id: components["parameters"]["DeployId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The instance is stopped; `data` is absent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["DeployStopFailed"];
        };
    };
    streamFinetuneInstanceLogs: {
        parameters: {
            query?: {
                /**
                 * @description Name of one instance (pod) of the deploy, as listed in the deploy's `instances`; logs of every
                 *     instance when absent.
                 * @example kx8m2b1q0z7c-00001-deployment-7d9f8b6c5-x2x7q
                 */
                instance?: components["parameters"]["DeployLogInstance"];
                /**
                 * @description How far back the stream starts. When absent the stream starts at the deploy's creation; a value
                 *     the service does not know counts as `10mins`.
                 * @example 1hour
                 */
                since?: components["parameters"]["DeployLogSince"];
            };
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
                /**
                 * @description Numeric id of the deploy (an inference, fine-tuning instance or serverless deploy), as answered
                 *     by the create call (`deploy_id`).
                 * @example 3187
                 */
                id: components["parameters"]["DeployId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An endless stream of `Container` and `Heartbeat` events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listSpaceCudaVersions: {
        parameters: {
            query?: {
                /**
                 * @description Kind of accelerator the space will run on. `gpu` when absent; a kind without a space runtime
                 *     answers an empty list.
                 * @example gpu
                 */
                resource_type?: components["parameters"]["SpaceCudaResourceType"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The supported versions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description Driver versions of the newest space runtime for the accelerator kind; empty when there is none. */
                        data?: string[];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalServerError"];
        };
    };
    runSpace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deployment was created; the space builds and starts in the background. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description No payload; the field is absent. */
                        data?: null;
                    };
                };
            };
            400: components["responses"]["SpaceDeployBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    streamSpaceStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A server-sent event stream of the space's state, one event every interval. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    streamSpaceLogs: {
        parameters: {
            query?: {
                /**
                 * @description How far back the container log starts. When absent it starts at the deployment's creation; a
                 *     value the service does not know counts as `10mins`. The build log always starts at the build.
                 * @example 1hour
                 */
                since?: components["parameters"]["SpaceDeployLogsSince"];
                /**
                 * @description Name of one instance (pod) of the space. The service reads this parameter but, as of the
                 *     current server, does not filter by it: every instance's log is streamed.
                 * @example s-opencsg-csg-wukong-demo-00001-deployment-5c8d9f7b6-q7k2m
                 */
                instance?: components["parameters"]["SpaceDeployLogsInstance"];
            };
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A server-sent event stream of log lines. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    stopSpace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The space was stopped. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description No payload; the field is absent. */
                        data?: null;
                    };
                };
            };
            400: components["responses"]["SpaceDeployBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    wakeupSpace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The wakeup was sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description No payload; the field is absent. */
                        data?: null;
                    };
                };
            };
            400: components["responses"]["SpaceDeployBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listMcpServerTools: {
        parameters: {
            query?: {
                /**
                 * @description Only items whose name or description contains this text.
                 * @example wukong
                 */
                search?: components["parameters"]["Search"];
                /**
                 * @description Page number, starting at 1.
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Tools per page.
                 * @example 20
                 */
                per?: components["parameters"]["McpToolPer"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of tools. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["McpToolPage"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deployMcpServer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["McpDeployRequest"];
            };
        };
        responses: {
            /** @description The space was created; it builds and starts in the background. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["McpDeploySpace"];
                    };
                };
            };
            400: components["responses"]["McpDeployBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getDatasetViewerCatalog: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The catalog. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["DatasetViewerCatalog"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["DatasetViewerServerError"];
        };
    };
    listDatasetViewerRows: {
        parameters: {
            query: {
                /**
                 * @description Subset to read, a `config_name` from the catalog (`default` when the dataset card names none).
                 * @example default
                 */
                config: components["parameters"]["DatasetViewerConfigName"];
                /**
                 * @description Split to read, a split `name` from the catalog, such as `train`, `test` or `validation`.
                 * @example train
                 */
                split: components["parameters"]["DatasetViewerSplitName"];
                /**
                 * @description Row filter, an SQL boolean expression over the columns as DuckDB evaluates it (for example
                 *     `score > 4` or `label = 1`); `total` then counts the matching rows. Quotes, `;`, `--`,
                 *     comments and upper-case SQL keywords such as `SELECT` are refused, so string literals cannot
                 *     be written.
                 * @example score > 4
                 */
                where?: components["parameters"]["DatasetViewerWhere"];
                /**
                 * @description Sort order: one or more column names separated by commas, each optionally followed by `ASC`
                 *     or `DESC` (for example `score DESC, id`).
                 * @example score DESC
                 */
                orderby?: components["parameters"]["DatasetViewerOrderBy"];
                /**
                 * @description Search text. The service checks it and echoes it in the answer but, as of the current server,
                 *     does not filter rows by it; use `where` to filter. Quotes, `;`, `--`, comments and upper-case
                 *     SQL keywords are refused.
                 * @example lemon
                 */
                search?: components["parameters"]["DatasetViewerSearch"];
                /**
                 * @description Page number, starting at 1.
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Rows per page.
                 * @example 20
                 */
                per?: components["parameters"]["DatasetViewerPer"];
            };
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of rows. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["DatasetViewerRows"];
                    };
                };
            };
            400: components["responses"]["DatasetViewerBadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["DatasetViewerServerError"];
        };
    };
    previewDatasetFile: {
        parameters: {
            query?: {
                /**
                 * @description Page number, starting at 1.
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Rows per page.
                 * @example 20
                 */
                per?: components["parameters"]["DatasetViewerPer"];
            };
            header?: never;
            path: {
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
                /**
                 * @description Path of the file in the repository; `/` separates directories. The file must be a Parquet file
                 *     stored with Git LFS on the default branch.
                 * @example data/train-00000-of-00001.parquet
                 */
                file_path: components["parameters"]["DatasetViewerFilePath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the file's rows. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["DatasetViewerRows"];
                    };
                };
            };
            400: components["responses"]["DatasetViewerBadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["DatasetViewerServerError"];
        };
    };
    listDiscussions: {
        parameters: {
            query?: {
                /**
                 * @description Page number, starting at 1.
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page.
                 * @example 50
                 */
                per?: components["parameters"]["Per"];
            };
            header?: never;
            path: {
                /**
                 * @description Kind of repository, plural as in its URL: `models`, `datasets`, `codes`, `spaces`, or
                 *     `mcpserver` for MCP servers (the service strips trailing `s` characters and looks the rest up
                 *     as a repository type, so `mcps` finds nothing).
                 * @example models
                 */
                repo_type: components["parameters"]["DiscussionRepoType"];
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of discussions; `total` counts them over all pages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["DiscussionList"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createDiscussion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Kind of repository, plural as in its URL: `models`, `datasets`, `codes`, `spaces`, or
                 *     `mcpserver` for MCP servers (the service strips trailing `s` characters and looks the rest up
                 *     as a repository type, so `mcps` finds nothing).
                 * @example models
                 */
                repo_type: components["parameters"]["DiscussionRepoType"];
                /**
                 * @description Owner of the repository (user or organization name).
                 * @example OpenCSG
                 */
                namespace: components["parameters"]["Namespace"];
                /**
                 * @description Repository name within its namespace.
                 * @example csg-wukong-1B
                 */
                name: components["parameters"]["Name"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DiscussionCreateRequest"];
            };
        };
        responses: {
            /** @description The new discussion. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["Discussion"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getDiscussion: {
        parameters: {
            query?: {
                /**
                 * @description Page number, starting at 1.
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page.
                 * @example 50
                 */
                per?: components["parameters"]["Per"];
            };
            header?: never;
            path: {
                /**
                 * @description Discussion id.
                 * @example 87
                 */
                id: components["parameters"]["DiscussionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The discussion with one page of comments. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["DiscussionDetail"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateDiscussion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Discussion id.
                 * @example 87
                 */
                id: components["parameters"]["DiscussionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DiscussionUpdateRequest"];
            };
        };
        responses: {
            /** @description The title was changed; `data` is absent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteDiscussion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Discussion id.
                 * @example 87
                 */
                id: components["parameters"]["DiscussionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The discussion was deleted; `data` is absent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listDiscussionComments: {
        parameters: {
            query?: {
                /**
                 * @description Page number, starting at 1.
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page.
                 * @example 50
                 */
                per?: components["parameters"]["Per"];
            };
            header?: never;
            path: {
                /**
                 * @description Discussion id.
                 * @example 87
                 */
                id: components["parameters"]["DiscussionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of comments; `total` counts them over all pages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The comments on this page. */
                        data?: components["schemas"]["Comment"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createDiscussionComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Discussion id.
                 * @example 87
                 */
                id: components["parameters"]["DiscussionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentCreateRequest"];
            };
        };
        responses: {
            /** @description The new comment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["CommentCreateResult"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateDiscussionComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Id of the comment to change. The service reads the comment id from this segment (not the
                 *     discussion id, despite the route's shape); send the comment's id here and in
                 *     `{comment_id}`.
                 * @example 305
                 */
                id: number;
                /**
                 * @description Comment id. The service does not read this segment: it takes the comment to change from
                 *     `{id}`. Send the comment's id in both segments.
                 * @example 305
                 */
                comment_id: components["parameters"]["CommentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentUpdateRequest"];
            };
        };
        responses: {
            /** @description The comment was changed; `data` is absent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteDiscussionComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Id of the comment to change. The service reads the comment id from this segment (not the
                 *     discussion id, despite the route's shape); send the comment's id here and in
                 *     `{comment_id}`.
                 * @example 305
                 */
                id: number;
                /**
                 * @description Comment id. The service does not read this segment: it takes the comment to change from
                 *     `{id}`. Send the comment's id in both segments.
                 * @example 305
                 */
                comment_id: components["parameters"]["CommentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The comment was deleted; `data` is absent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listTags: {
        parameters: {
            query?: {
                /**
                 * @description Only tags of these categories; repeat the parameter for several.
                 * @example [
                 *       "task"
                 *     ]
                 */
                category?: string[];
                /**
                 * @description Only tags for these kinds; repeat the parameter for several. Without `per`, turns paging off.
                 * @example [
                 *       "model"
                 *     ]
                 */
                scope?: components["schemas"]["TagScope"][];
                /**
                 * @description Only predefined tags (`true`) or only tags added by users (`false`).
                 * @example true
                 */
                built_in?: boolean;
                /**
                 * @description Only tags whose name or display name contains this text.
                 * @example generation
                 */
                search?: string;
                /**
                 * @description Page number, starting at 1.
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page.
                 * @example 50
                 */
                per?: components["parameters"]["Per"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching tags; `total` counts them over all pages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The tags on this page. */
                        data?: components["schemas"]["RepoTag"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createTag: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TagCreateRequest"];
            };
        };
        responses: {
            /** @description The new tag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagData"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Tag id.
                 * @example 12
                 */
                id: components["parameters"]["TagId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagData"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Tag id.
                 * @example 12
                 */
                id: components["parameters"]["TagId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TagUpdateRequest"];
            };
        };
        responses: {
            /** @description The tag as written. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagData"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Tag id.
                 * @example 12
                 */
                id: components["parameters"]["TagId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tag is gone; the body is `null`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": null;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listTagCategories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All tag categories. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The categories. */
                        data?: components["schemas"]["TagCategory"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createTagCategory: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TagCategoryCreateRequest"];
            };
        };
        responses: {
            /** @description The new category. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagCategoryData"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateTagCategory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Tag category id.
                 * @example 3
                 */
                id: components["parameters"]["TagCategoryId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TagCategoryUpdateRequest"];
            };
        };
        responses: {
            /** @description The category as written. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagCategoryData"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteTagCategory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Tag category id.
                 * @example 3
                 */
                id: components["parameters"]["TagCategoryId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The category is gone; the body is `null`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": null;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listRuntimeFrameworks: {
        parameters: {
            query?: {
                /**
                 * @description Only frameworks for this use (see the deploy type table); `0`, the default, lists every
                 *     framework of every use.
                 * @example 4
                 */
                deploy_type?: components["schemas"]["RuntimeFrameworkDeployType"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The runtime frameworks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The runtime frameworks; `null` when none match. */
                        data: components["schemas"]["RuntimeFramework"][] | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listRuntimeFrameworkModels: {
        parameters: {
            query?: {
                /**
                 * @description What the models are to be run for: `1` inference, `2` fine-tuning, `4` evaluation (see the deploy type table).
                 * @example 1
                 */
                deploy_type?: components["parameters"]["RuntimeFrameworkDeployTypeQuery"];
                /**
                 * @description Only items whose name or description contains this text.
                 * @example wukong
                 */
                search?: components["parameters"]["Search"];
                /**
                 * @description Order of the models: `trending`, `recently_update` (the default), `most_download`,
                 *     `most_favorite` or `most_star`; an unknown value orders by path.
                 * @example most_download
                 */
                sort?: "trending" | "recently_update" | "most_download" | "most_favorite" | "most_star";
                /**
                 * @description Page number, starting at 1.
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page.
                 * @example 50
                 */
                per?: components["parameters"]["Per"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of models; `total` counts them over all pages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuntimeFrameworkModelPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listModelsByRuntimeFramework: {
        parameters: {
            query?: {
                /**
                 * @description What the models are to be run for: `1` inference, `2` fine-tuning, `4` evaluation (see the deploy type table).
                 * @example 1
                 */
                deploy_type?: components["parameters"]["RuntimeFrameworkDeployTypeQuery"];
                /**
                 * @description Page number, starting at 1.
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page.
                 * @example 50
                 */
                per?: components["parameters"]["Per"];
            };
            header?: never;
            path: {
                /**
                 * @description Runtime framework id.
                 * @example 6
                 */
                id: components["parameters"]["RuntimeFrameworkId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of models; `total` counts them over all pages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuntimeFrameworkModelPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalServerError"];
        };
    };
    addRuntimeFrameworkModels: {
        parameters: {
            query?: {
                /**
                 * @description What the models are to be run for: `1` inference, `2` fine-tuning, `4` evaluation (see the deploy type table).
                 * @example 1
                 */
                deploy_type?: components["parameters"]["RuntimeFrameworkDeployTypeQuery"];
            };
            header?: never;
            path: {
                /**
                 * @description Runtime framework id.
                 * @example 6
                 */
                id: components["parameters"]["RuntimeFrameworkId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RuntimeFrameworkModelsRequest"];
            };
        };
        responses: {
            /** @description The models were attached, except those listed in `data`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description Paths of the models that could not be attached; `null` when none failed. */
                        data?: string[] | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
        };
    };
    removeRuntimeFrameworkModels: {
        parameters: {
            query?: {
                /**
                 * @description What the models are to be run for: `1` inference, `2` fine-tuning, `4` evaluation (see the deploy type table).
                 * @example 1
                 */
                deploy_type?: components["parameters"]["RuntimeFrameworkDeployTypeQuery"];
            };
            header?: never;
            path: {
                /**
                 * @description Runtime framework id.
                 * @example 6
                 */
                id: components["parameters"]["RuntimeFrameworkId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RuntimeFrameworkModelsRequest"];
            };
        };
        responses: {
            /** @description The models were detached, except those listed in `data`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description Paths of the models that could not be detached; `null` when none failed. */
                        data?: string[] | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listClusters: {
        parameters: {
            query?: {
                /**
                 * @description `all` to include clusters that have no hardware offer yet; any other value is ignored.
                 * @example all
                 */
                scope?: "all";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The clusters. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The clusters; `null` when there are none. */
                        data?: components["schemas"]["Cluster"][] | null;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getPublicClusterSummary: {
        parameters: {
            query?: {
                /**
                 * @description `all` to include clusters that have no hardware offer yet; any other value is ignored.
                 * @example all
                 */
                scope?: "all";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Regions and accelerators of the clusters. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["ClusterPublicSummary"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listClusterUsages: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Usage of each enabled cluster. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description One entry per enabled cluster. */
                        data?: components["schemas"]["Cluster"][] | null;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listClusterDeploys: {
        parameters: {
            query?: {
                /**
                 * @description Only deploys in this state; `all`, or any other value, lists every state.
                 * @example running
                 */
                status?: components["parameters"]["ClusterDeployStatusFilter"];
                /**
                 * @description Only deploys whose name, owner's user name or cluster id contains this text.
                 * @example wukong
                 */
                search?: string;
                /**
                 * @description Page number, starting at 1.
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page.
                 * @example 50
                 */
                per?: components["parameters"]["Per"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of deploys; `total` counts them over all pages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The deploys on this page. */
                        data?: components["schemas"]["ClusterDeploy"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
        };
    };
    downloadClusterDeploysReport: {
        parameters: {
            query?: {
                /**
                 * @description Only deploys in this state; `all`, or any other value, lists every state.
                 * @example running
                 */
                status?: components["parameters"]["ClusterDeployStatusFilter"];
                /**
                 * @description Only deploys whose name, owner's user name or cluster id contains this text.
                 * @example wukong
                 */
                search?: string;
                /**
                 * @description Only items created at or after this time, UTC, as `YYYY-MM-DD` or `YYYY-MM-DD HH:MM:SS`.
                 *     Give `end_time` with it.
                 * @example 2026-06-01
                 */
                start_time?: components["parameters"]["ClusterStartTime"];
                /**
                 * @description Only items created at or before this time, UTC, as `YYYY-MM-DD` (the whole day counts) or
                 *     `YYYY-MM-DD HH:MM:SS`. Give `start_time` with it.
                 * @example 2026-06-30
                 */
                end_time?: components["parameters"]["ClusterEndTime"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report, as a CSV attachment. */
            200: {
                headers: {
                    /**
                     * @description Always `attachment; filename="deploys_report.csv"`.
                     * @example attachment; filename="deploys_report.csv"
                     */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description `start_time` and `end_time` are not both given, or one is malformed. The body carries only `msg`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getCluster: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Cluster id (the `cluster_id` of the cluster list).
                 * @example 8f6a4b0e-2d47-4c8e-9a51-3f1d7b2c6e90
                 */
                id: components["parameters"]["ClusterId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cluster. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["Cluster"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listAdminClusterDeploys: {
        parameters: {
            query?: {
                /**
                 * @description Only deploys on this cluster.
                 * @example 8f6a4b0e-2d47-4c8e-9a51-3f1d7b2c6e90
                 */
                cluster_id?: string;
                /**
                 * @description Only deploys scheduled on this node.
                 * @example gpu-node-03
                 */
                cluster_node?: string;
                /**
                 * @description Only deploys in this state code.
                 * @example 23
                 */
                status?: components["schemas"]["ClusterDeployStatusCode"];
                /**
                 * @description Only deploys on this hardware offer.
                 * @example 12
                 */
                resource_id?: number;
                /**
                 * @description Only deploys whose name or owner contains this text.
                 * @example wukong
                 */
                search?: string;
                /**
                 * @description Only items created at or after this time, UTC, as `YYYY-MM-DD` or `YYYY-MM-DD HH:MM:SS`.
                 *     Give `end_time` with it.
                 * @example 2026-06-01
                 */
                start_time?: components["parameters"]["ClusterStartTime"];
                /**
                 * @description Only items created at or before this time, UTC, as `YYYY-MM-DD` (the whole day counts) or
                 *     `YYYY-MM-DD HH:MM:SS`. Give `start_time` with it.
                 * @example 2026-06-30
                 */
                end_time?: components["parameters"]["ClusterEndTime"];
                /**
                 * @description Page number, starting at 1.
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page.
                 * @example 50
                 */
                per?: components["parameters"]["Per"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of deploy records; `total` counts them over all pages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The deploy records on this page. */
                        data?: components["schemas"]["ClusterAdminDeploy"][] | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listClusterNodes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The nodes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The nodes. */
                        data?: components["schemas"]["ClusterNode"][] | null;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getClusterNode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Node id (the `id` of the node list).
                 * @example 12
                 */
                id: components["parameters"]["ClusterNodeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The node. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["ClusterNode"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
        };
    };
    setClusterNodeAccessMode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Node id (the `id` of the node list).
                 * @example 12
                 */
                id: components["parameters"]["ClusterNodeId"];
                /**
                 * @description User or organization the node is reserved for (or released from).
                 * @example OpenCSG
                 */
                namespace: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClusterNodeAccessModeRequest"];
            };
        };
        responses: {
            /** @description The access mode was set; `data` is absent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
        };
    };
    enableClusterNodeVxpu: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Node id (the `id` of the node list).
                 * @example 12
                 */
                id: components["parameters"]["ClusterNodeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The node after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["ClusterNode"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
        };
    };
    disableClusterNodeVxpu: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Node id (the `id` of the node list).
                 * @example 12
                 */
                id: components["parameters"]["ClusterNodeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The node after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["ClusterNode"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listClusterWorkflows: {
        parameters: {
            query?: {
                /**
                 * @description Only jobs on this cluster.
                 * @example 8f6a4b0e-2d47-4c8e-9a51-3f1d7b2c6e90
                 */
                cluster_id?: string;
                /**
                 * @description Only jobs scheduled on this node.
                 * @example gpu-node-03
                 */
                cluster_node?: string;
                /**
                 * @description Only jobs in this phase.
                 * @example Running
                 */
                status?: components["schemas"]["EvaluationStatus"];
                /**
                 * @description Only jobs on this hardware offer.
                 * @example 12
                 */
                resource_id?: number;
                /**
                 * @description Only jobs whose name or owner contains this text.
                 * @example ceval
                 */
                search?: string;
                /**
                 * @description Only items created at or after this time, UTC, as `YYYY-MM-DD` or `YYYY-MM-DD HH:MM:SS`.
                 *     Give `end_time` with it.
                 * @example 2026-06-01
                 */
                start_time?: components["parameters"]["ClusterStartTime"];
                /**
                 * @description Only items created at or before this time, UTC, as `YYYY-MM-DD` (the whole day counts) or
                 *     `YYYY-MM-DD HH:MM:SS`. Give `start_time` with it.
                 * @example 2026-06-30
                 */
                end_time?: components["parameters"]["ClusterEndTime"];
                /**
                 * @description Page number, starting at 1.
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page.
                 * @example 50
                 */
                per?: components["parameters"]["Per"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of jobs; `total` counts them over all pages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        /** @description The jobs on this page. */
                        data?: components["schemas"]["ClusterWorkflow"][] | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createEvaluation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvaluationCreateRequest"];
            };
        };
        responses: {
            /** @description The submitted job. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["EvaluationJob"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getEvaluation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Evaluation id.
                 * @example 318
                 */
                id: components["parameters"]["EvaluationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The evaluation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"] & {
                        data?: components["schemas"]["Evaluation"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteEvaluation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Evaluation id.
                 * @example 318
                 */
                id: components["parameters"]["EvaluationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The evaluation was deleted; `data` is absent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Envelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createChatCompletion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChatCompletionRequest"];
            };
        };
        responses: {
            /**
             * @description The answer: one JSON object when `stream` is false, an event stream when it is true. When
             *     moderation blocks the prompt, the answer is a single chunk-shaped object whose choice has
             *     `finish_reason: sensitive` and a fixed notice as content (in a stream: one `data:` event
             *     followed by a bare `[DONE]`).
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatCompletion"] | components["schemas"]["ChatCompletionChunk"];
                    "text/event-stream": string;
                };
            };
            /**
             * @description The request cannot be served: the body is not valid JSON (plain-text answer), the model is
             *     unknown or not running, or the backend refused the request (its error is relayed as is).
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                    "text/plain": string;
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            402: components["responses"]["GatewayPaymentRequired"];
            429: components["responses"]["GatewayTooManyRequests"];
            500: components["responses"]["GatewayInternalServerError"];
            503: components["responses"]["GatewayServiceUnavailable"];
        };
    };
    createEmbedding: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmbeddingRequest"];
            };
        };
        responses: {
            /** @description One vector per input, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmbeddingList"];
                };
            };
            /**
             * @description The request cannot be served: the body does not decode, `model` or `input` is empty, the
             *     model is unknown or not running, or the backend refused the request. The gateway's own
             *     body checks answer `error` as a plain string.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            402: components["responses"]["GatewayPaymentRequired"];
            500: components["responses"]["GatewayInternalServerError"];
            503: components["responses"]["GatewayServiceUnavailable"];
        };
    };
    listInferenceModels: {
        parameters: {
            query?: {
                /**
                 * @description Keep models whose id contains this text (case-insensitive).
                 * @example qwen
                 */
                model_id?: string;
                /**
                 * @description Keep models of these kinds; repeat the parameter for several (`llm_types=serverless&llm_types=inference`).
                 * @example [
                 *       "serverless"
                 *     ]
                 */
                llm_types?: ("serverless" | "inference" | "external_llm")[];
                /**
                 * @description Keep models that list this task (case-insensitive), such as `text-generation` or `feature-extraction`.
                 * @example text-generation
                 */
                task?: string;
                /**
                 * @description `true` keeps models linked to a CSGHub model repository, `false` those without one.
                 * @example true
                 */
                has_associated_model?: boolean;
                /**
                 * @description Models per page; values above 100 are treated as 100. Give together with `page`.
                 * @example 20
                 */
                per?: number;
                /**
                 * @description Page number, starting at 1. Give together with `per`.
                 * @example 1
                 */
                page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching models. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayModelList"];
                };
            };
            /** @description A filter or paging parameter is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            401: components["responses"]["GatewayInvalidToken"];
            /** @description The model list could not be built. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
        };
    };
    getInferenceModel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Id of the model, as listed by `GET /v1/models`; may contain `/` (such as
                 *     `Qwen/Qwen2.5-7B-Instruct`) and `:` (such as `csg-wukong-1B:2bq`).
                 * @example Qwen/Qwen2.5-7B-Instruct
                 */
                model: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The model. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayModel"];
                };
            };
            /** @description No model has this id (for the caller), or the id is empty. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayError"];
                };
            };
            401: components["responses"]["GatewayInvalidToken"];
            /** @description The model could not be looked up; the answer is plain text. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
        };
    };
    listMcpResources: {
        parameters: {
            query?: {
                /**
                 * @description Resources per page, from 1 to 100.
                 * @example 50
                 */
                per?: number;
                /**
                 * @description Page number, starting at 1.
                 * @example 1
                 */
                page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of MCP resources. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["McpResourceList"];
                };
            };
            /** @description `per` or `page` is not a valid number; the answer is CSGHub's `{msg}` shape. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            401: components["responses"]["GatewayInvalidToken"];
            500: components["responses"]["InternalServerError"];
        };
    };
}
