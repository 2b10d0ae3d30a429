import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "@xyflow/react/dist/style.css";
import "./styles/base.css";
import { validateWithoutCodegen } from "@brownpaper/shared";
import { App } from "./app/app";
import { registerServiceWorker } from "./app/register-service-worker";

validateWithoutCodegen();

const root = document.getElementById("root");
if (!root) throw new Error("The page has no #root element.");

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

registerServiceWorker();
