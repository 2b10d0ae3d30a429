import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "@xyflow/react/dist/style.css";
import "./styles/base.css";
import "./styles/landing.css";
import "./styles/board.css";
import "./styles/lanes.css";
import "./styles/steps.css";
import "./styles/flows.css";
import "./styles/presence.css";
import "./styles/live.css";
import "./styles/outline.css";
import "./styles/workshop.css";
import "./styles/notes.css";
import "./styles/agreements.css";
import "./styles/raci-matrix.css";
import "./styles/report.css";
import { App } from "./app/app";
import { registerServiceWorker } from "./app/register-service-worker";

const root = document.getElementById("root");
if (!root) throw new Error("The page has no #root element.");

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

registerServiceWorker();
