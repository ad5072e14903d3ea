export declare function isFrameworkInlineScript(code: string): boolean;
export declare function inlineScriptHashes(html: string): string[];
export declare const reactRuntimeSnippetCount: number;
