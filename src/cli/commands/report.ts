export function registerReport(): void {}
