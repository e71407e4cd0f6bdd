// Anchor module: react and react-dom resolved from here are React 18.3.1.
export {};
