declare module 'cartocolor' {
  type Scheme = Record<number, string[]> & { tags: string[] };
  export const Safe: Scheme;
}
