export async function seed(_p: unknown) { return "nothing"; }
