import "@fontsource/noto-sans-arabic/400.css";
import "@fontsource/noto-sans-arabic/600.css";
import "@fontsource/noto-sans-arabic/700.css";
import "./styles/app.css";
import { QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.js";
import { initI18n } from "./i18n/index.js";
import { registerOfflineShell } from "./offline-shell.js";
import { MissionProvider } from "./mission/MissionProvider.js";
import { queryClient } from "./query-client.js";
import { SessionProvider } from "./session.js";
import { PageBoundary } from "./ui/PageBoundary.js";

registerOfflineShell();
void initI18n().then(() =>
  createRoot(document.getElementById("root")!).render(
    <StrictMode>
      <PageBoundary path="app">
        <QueryClientProvider client={queryClient}>
          {/* The session is asked for beside the mission, not after it. */}
          <SessionProvider>
            <MissionProvider>
              <App />
            </MissionProvider>
          </SessionProvider>
        </QueryClientProvider>
      </PageBoundary>
    </StrictMode>,
  ),
);
