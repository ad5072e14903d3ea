export declare const securityHeaders: { key: string; value: string }[];
export declare const checkInDeskPath: string;
export declare function contentSecurityPolicy(options: { scripts: string[]; styles?: string[]; dev?: boolean; wasm?: boolean }): string;
export declare function noncePolicy(nonce: string, dev?: boolean, allow?: { wasm?: boolean }): string;
export declare const noContentPolicy: string;
export declare function hashPolicy(hashes: string[], dev?: boolean): string;
export declare function permissionsPolicy(allow?: { camera?: "self" }): string;
