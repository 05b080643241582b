// The DOM matchers vitest's setupFiles installs (toBeInTheDocument, toHaveTextContent…), for tsc.
import '@testing-library/jest-dom/vitest'
