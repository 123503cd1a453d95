console.log("career-plan");
