export declare function isRevisionFileName(name: string): boolean;
export interface ListedFile {
    readonly path: string;
    /** The version location it was found under. */
    readonly location: string;
}
export declare function listRevisionFiles(locations: readonly string[], recursive: boolean): {
    files: ListedFile[];
    duplicates: string[];
};
